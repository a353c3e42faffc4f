import type { MembershipLead } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { type Operator, requireFound } from '../../plugins/access';
import { recordSecurityEvent } from '../identity/security-events';
import { mapLead } from './map-membership';
import { findCurrentMembership, findLeadRow } from './memberships.repository';

export interface GetMembershipLeadOptions {
  operator: Operator;
  leadId: string;
  ip?: string;
}

/** One lead with the contact's whole mobile, for the advisor to call; the read is audited (PIPL). */
export async function getMembershipLead(
  ctx: AppContext,
  options: GetMembershipLeadOptions,
): Promise<MembershipLead> {
  const row = requireFound(await findLeadRow(ctx.db, options.leadId), '线索不存在');
  await recordSecurityEvent(ctx, {
    kind: 'personal_data_read',
    accountId: options.operator.accountId,
    ip: options.ip,
    detail: { leadId: row.lead.id, via: 'membership_lead', fields: ['contact_mobile'] },
  });
  const membership = await findCurrentMembership(ctx.db, row.company.id, new Date());
  return mapLead(row, membership, { cipher: ctx.cipher, reveal: true });
}
