import type { SeekerInvitationList } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import {
  countPendingInvitations,
  findSeekerInvitations as selectSeekerInvitations,
} from './invitations.repository';
import { mapSeekerInvitation } from './map-invitation';

export interface FindSeekerInvitationsOptions {
  seekerAccountId: string;
}

/** 我的邀约: the companies' invitations to the seeker, newest first, and how many wait for an answer. */
export async function findSeekerInvitations(
  ctx: AppContext,
  options: FindSeekerInvitationsOptions,
): Promise<SeekerInvitationList> {
  const rows = await selectSeekerInvitations(ctx.db, options.seekerAccountId);
  return {
    items: rows.map(mapSeekerInvitation),
    pendingCount: await countPendingInvitations(ctx.db, options.seekerAccountId),
  };
}
