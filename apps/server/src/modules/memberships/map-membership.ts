import {
  COMPANY_RIGHTS,
  MEMBERSHIP_PLANS,
  type MembershipLead,
  type MembershipLevel,
  type MembershipView,
} from '@openrecruit/shared';
import type { PiiCipher } from '../../lib/pii-cipher';
import type { LeadListRow, MembershipRow } from './memberships.repository';

const MONTH_MS = 30.44 * 86_400_000;

/** A membership with its plan's contents for its term (what 我的权益 and the lead show). */
export function mapMembership(row: MembershipRow): MembershipView {
  const level = row.level as MembershipLevel;
  const months = Math.max(1, Math.round((row.endsAt.getTime() - row.startsAt.getTime()) / MONTH_MS));
  return {
    level,
    label: MEMBERSHIP_PLANS[level].label,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    contents: MEMBERSHIP_PLANS[level].perYear.map((line) => ({
      right: line.right,
      label: COMPANY_RIGHTS[line.right].label,
      quantity: Math.ceil((line.quantity * months) / 12),
    })),
  };
}

/** A lead for the operators: the contact's mobile masked, or whole (`reveal`, audited by the caller). */
export function mapLead(
  row: LeadListRow,
  membership: MembershipRow | undefined,
  options: { cipher: PiiCipher; reveal: boolean },
): MembershipLead {
  const { lead } = row;
  return {
    id: lead.id,
    company: row.company,
    kind: lead.kind as MembershipLead['kind'],
    wantedLevel: lead.wantedLevel as MembershipLevel | null,
    contactName: lead.contactName,
    contactMobile: options.reveal ? options.cipher.decrypt(lead.contactMobileEnc) : lead.contactMobileMasked,
    needs: lead.needs,
    state: lead.state as MembershipLead['state'],
    followUps: lead.followUps.map(({ at, byName, note }) => ({ at, byName, note })),
    submittedByName: row.submittedByName,
    membership: membership ? mapMembership(membership) : null,
    createdAt: lead.createdAt.toISOString(),
    updatedAt: lead.updatedAt.toISOString(),
  };
}
