import type { MyMembership } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { CompanyMember } from '../../plugins/access';
import { mapMembership } from './map-membership';
import { findCurrentMembership, findOpenLead } from './memberships.repository';

export interface GetMyMembershipOptions {
  member: CompanyMember;
  now?: Date;
}

/** The company's membership in force (VIP 套餐 or SVIP 套餐 with its contents) and a request waiting for the advisor. */
export async function getMyMembership(
  ctx: AppContext,
  options: GetMyMembershipOptions,
): Promise<MyMembership> {
  const { companyId } = options.member;
  const [current, lead] = await Promise.all([
    findCurrentMembership(ctx.db, companyId, options.now ?? new Date()),
    findOpenLead(ctx.db, companyId),
  ]);
  return {
    current: current ? mapMembership(current) : null,
    pendingLead: lead
      ? { kind: lead.kind as 'open' | 'upgrade', createdAt: lead.createdAt.toISOString() }
      : null,
  };
}
