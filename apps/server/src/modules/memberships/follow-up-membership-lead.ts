import { live, type MembershipLead } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { type Operator, requireFound } from '../../plugins/access';
import { getMembershipLead } from './get-membership-lead';
import { type LeadState, leadMachine } from './lead-machine';
import { findAccountName, lockLead, updateLead } from './memberships.repository';

export interface FollowUpMembershipLeadOptions {
  operator: Operator;
  leadId: string;
  /** `follow_up` records the call and keeps the lead open; `close` ends it without a membership. */
  event: 'follow_up' | 'close';
  note: string;
  ip?: string;
}

/** 跟进 or 关闭 a lead: the note joins its history (who, when, what was said), through the lead machine. */
export async function followUpMembershipLead(
  ctx: AppContext,
  options: FollowUpMembershipLeadOptions,
): Promise<MembershipLead> {
  const { operator } = options;
  await ctx.db.transaction(async (tx) => {
    const lead = requireFound(await lockLead(tx, options.leadId), '线索不存在');
    const state = leadMachine.advance(lead.state as LeadState, options.event);
    await updateLead(tx, lead.id, {
      state,
      followUp: {
        at: new Date().toISOString(),
        byAccountId: operator.accountId,
        byName: await findAccountName(tx, operator.accountId),
        note: options.event === 'close' ? `关闭：${options.note}` : options.note,
      },
    });
  });
  await publishAfterCommit(
    ctx,
    live.operators({ type: 'membership-leads.changed', data: { leadId: options.leadId } }),
  );
  return getMembershipLead(ctx, { operator, leadId: options.leadId, ip: options.ip });
}
