import { live, type MembershipLeadInput, type MyMembership, maskMobile } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import type { CompanyMember } from '../../plugins/access';
import { getMyMembership } from './get-my-membership';
import { findOpenLead, insertLead, lockCompanyForLead } from './memberships.repository';

export interface SubmitMembershipLeadOptions {
  member: CompanyMember;
  input: z.output<typeof MembershipLeadInput>;
}

/**
 * 点击此处 了解详情 / 升级会员 (seed 002 三): the company's details for the advisor, who telephones
 * within about one working day. One request waits at a time: a second one while the first is open
 * is refused with MEMBERSHIP_LEAD_PENDING (also when two are sent at once).
 */
export async function submitMembershipLead(
  ctx: AppContext,
  options: SubmitMembershipLeadOptions,
): Promise<MyMembership> {
  const { member, input } = options;
  const lead = await ctx.db.transaction(async (tx) => {
    await lockCompanyForLead(tx, member.companyId);
    if (await findOpenLead(tx, member.companyId)) throw new AppError('MEMBERSHIP_LEAD_PENDING');
    return insertLead(tx, {
      companyId: member.companyId,
      kind: input.kind,
      wantedLevel: input.wantedLevel,
      contactName: input.contactName,
      contactMobileEnc: ctx.cipher.encrypt(input.contactMobile),
      contactMobileMasked: maskMobile(input.contactMobile),
      needs: input.needs,
      submittedBy: member.accountId,
    });
  });
  await publishAfterCommit(
    ctx,
    live.operators({ type: 'membership-leads.changed', data: { leadId: lead.id } }),
  );
  return getMyMembership(ctx, { member });
}
