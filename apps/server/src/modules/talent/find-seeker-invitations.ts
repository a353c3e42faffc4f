import type { SeekerInvitationList } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { SeekerCaller } from '../../plugins/access';
import {
  countPendingInvitations,
  findSeekerInvitations as selectSeekerInvitations,
} from './invitations.repository';
import { mapSeekerInvitation } from './map-invitation';

export interface FindSeekerInvitationsOptions {
  seeker: SeekerCaller;
}

/** 我的邀约: the companies' invitations to the seeker, newest first, and how many wait for an answer. */
export async function findSeekerInvitations(
  ctx: AppContext,
  options: FindSeekerInvitationsOptions,
): Promise<SeekerInvitationList> {
  const seekerAccountId = options.seeker.accountId;
  const rows = await selectSeekerInvitations(ctx.db, seekerAccountId);
  return {
    items: rows.map(mapSeekerInvitation),
    pendingCount: await countPendingInvitations(ctx.db, seekerAccountId),
  };
}
