import { and, eq, ne } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { followUpMembershipLead } from '../../modules/memberships/follow-up-membership-lead';
import { grantMembership } from '../../modules/memberships/grant-membership';
import { submitMembershipLead } from '../../modules/memberships/submit-membership-lead';
import { accounts, membershipLeads } from '../schema';

/**
 * 会员: the demo company is an SVIP member (asked through 点击此处 了解详情, followed up by the
 * operator's advisor, granted for 12 months), and another company's 升级 request waits in 会员线索.
 */
export async function seedDemoMemberships(
  ctx: AppContext,
  options: { companyId: string; operatorAccountId: string },
) {
  const operator = { accountId: options.operatorAccountId };
  const [admin] = await ctx.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.companyId, options.companyId), eq(accounts.companyRole, 'admin')));
  const member = { accountId: admin!.id, companyId: options.companyId, isAdmin: true };
  await submitMembershipLead(ctx, {
    member,
    input: {
      kind: 'open',
      wantedLevel: 'svip',
      contactName: '张璇',
      contactMobile: '13900000001',
      needs: '秋招和春招期间需要大量下载简历、置顶职位',
    },
  });
  const [lead] = await ctx.db
    .select({ id: membershipLeads.id })
    .from(membershipLeads)
    .where(eq(membershipLeads.companyId, options.companyId));
  await followUpMembershipLead(ctx, {
    operator,
    leadId: lead!.id,
    event: 'follow_up',
    note: '已电话联系张女士，确认开通SVIP一年',
  });
  await grantMembership(ctx, { operator, leadId: lead!.id, input: { level: 'svip', months: 12 } });

  // Another company asks: its request waits in 会员线索.
  const [other] = await ctx.db
    .select({ id: accounts.id, companyId: accounts.companyId })
    .from(accounts)
    .where(and(eq(accounts.role, 'employer'), ne(accounts.companyId, options.companyId)))
    .limit(1);
  if (other?.companyId)
    await submitMembershipLead(ctx, {
      member: { accountId: other.id, companyId: other.companyId, isAdmin: false },
      input: {
        kind: 'open',
        wantedLevel: 'vip',
        contactName: '王立',
        contactMobile: '13700001234',
        needs: '想了解VIP套餐',
      },
    });
}
