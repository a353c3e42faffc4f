import { type PageQuery, type SeekerInvitationList, SeekerInvitationListQuery } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { SeekerCaller } from '../../plugins/access';
import {
  countSeekerInvitations,
  findSeekerInvitations as selectSeekerInvitations,
} from './invitations.repository';
import { mapSeekerInvitation } from './map-invitation';

export interface FindSeekerInvitationsOptions extends Partial<Pick<PageQuery, 'page' | 'pageSize'>> {
  seeker: SeekerCaller;
}

/**
 * 我的邀约: one page of the companies' invitations to the seeker, newest first, and how many of all
 * of them wait for an answer (the badge on 用户页面).
 */
export async function findSeekerInvitations(
  ctx: AppContext,
  options: FindSeekerInvitationsOptions,
): Promise<SeekerInvitationList> {
  const { seeker, ...given } = options;
  const query = SeekerInvitationListQuery.parse(given);
  const [rows, counts] = await Promise.all([
    selectSeekerInvitations(ctx.db, seeker.accountId, pageWindow(query)),
    countSeekerInvitations(ctx.db, seeker.accountId),
  ]);
  return { ...pageOf(query, rows.map(mapSeekerInvitation), counts.total), pendingCount: counts.pending };
}
