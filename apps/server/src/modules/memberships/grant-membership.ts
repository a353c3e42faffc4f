import {
  type GrantMembershipInput,
  live,
  MEMBERSHIP_PLANS,
  type MembershipLead,
  membershipContents,
} from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { shanghaiDate } from '../../lib/shanghai-time';
import { type Operator, requireFound } from '../../plugins/access';
import { recordSecurityEvent } from '../identity/security-events';
import { grantCompanyRights } from '../mall/grant-company-rights';
import { notifyAccount } from '../notifications/notify-account';
import { getMembershipLead } from './get-membership-lead';
import { type LeadState, leadMachine } from './lead-machine';
import {
  findAccountName,
  findCurrentMembership,
  insertMembership,
  lockLead,
  updateLead,
} from './memberships.repository';

export interface GrantMembershipOptions {
  operator: Operator;
  leadId: string;
  input: z.output<typeof GrantMembershipInput>;
  ip?: string;
  now?: Date;
}

/**
 * 开通会员 after the advisor's call: the lead is won, the membership runs from now (or from the end
 * of the one in force, so an upgrade or renewal never shortens a term) for the months granted, and
 * the plan's rights for that term arrive through the ledger with the term as their expiry, all in
 * one transaction (the key is the lead: granting twice grants once). The company is told.
 */
export async function grantMembership(
  ctx: AppContext,
  options: GrantMembershipOptions,
): Promise<MembershipLead> {
  const { operator, input } = options;
  const now = options.now ?? new Date();
  const { lead, membership } = await ctx.db.transaction(async (tx) => {
    const lead = requireFound(await lockLead(tx, options.leadId), '线索不存在');
    leadMachine.advance(lead.state as LeadState, 'grant');
    const current = await findCurrentMembership(tx, lead.companyId, now);
    const startsAt = current && current.level === input.level ? current.endsAt : now;
    const endsAt = new Date(startsAt);
    endsAt.setUTCMonth(endsAt.getUTCMonth() + input.months);
    const membership = await insertMembership(tx, {
      companyId: lead.companyId,
      level: input.level,
      startsAt,
      endsAt,
      leadId: lead.id,
      grantedBy: operator.accountId,
    });
    await grantCompanyRights(tx, {
      companyId: lead.companyId,
      key: `membership:${lead.id}`,
      purpose: 'membership_grant',
      reference: `membership:${membership.id}`,
      requestedBy: operator.accountId,
      contents: membershipContents(input.level, input.months),
      expiresAt: endsAt,
    });
    await updateLead(tx, lead.id, {
      state: 'won',
      followUp: {
        at: now.toISOString(),
        byAccountId: operator.accountId,
        byName: await findAccountName(tx, operator.accountId),
        note: `开通${MEMBERSHIP_PLANS[input.level].label}，${input.months}个月`,
      },
    });
    return { lead, membership };
  });
  await recordSecurityEvent(ctx, {
    kind: 'membership_granted',
    accountId: operator.accountId,
    ip: options.ip,
    detail: { leadId: lead.id, companyId: lead.companyId, level: input.level, months: input.months },
  });
  await publishAfterCommit(
    ctx,
    live.operators({ type: 'membership-leads.changed', data: { leadId: lead.id } }),
    live.company(lead.companyId, { type: 'membership.changed', data: {} }),
    live.company(lead.companyId, { type: 'rights.changed', data: {} }),
  );
  await notifyAccount(ctx, {
    accountId: lead.submittedBy,
    kind: 'membership_granted',
    title: '会员已开通',
    body: `贵单位已开通${MEMBERSHIP_PLANS[input.level].label}，有效期至${shanghaiDate(membership.endsAt)}。可在“道具商城 > 我的权益”查看套餐内容。`,
    link: '/employer/mall/rights',
  });
  return getMembershipLead(ctx, { operator, leadId: lead.id, ip: options.ip });
}
