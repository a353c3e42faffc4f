import { CLOUD_LIVE_LIMITS, type CloudLiveCommentList } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { CompanyMember, SeekerCaller } from '../../plugins/access';
import { findMutedAccounts, selectComments } from './cloud-live.repository';
import { requireCompanyLive, requireViewableLive } from './live-access';
import { mapComment } from './map-cloud-live';

export interface FindCloudLiveCommentsOptions {
  caller: { member: CompanyMember } | { seeker: SeekerCaller };
  presentationId: string;
}

/** 互动: the newest comments, newest first; hidden ones only to the company. */
export async function findCloudLiveComments(
  ctx: AppContext,
  options: FindCloudLiveCommentsOptions,
): Promise<CloudLiveCommentList> {
  const caller = options.caller;
  const company = 'member' in caller;
  const callerAccountId = 'member' in caller ? caller.member.accountId : caller.seeker.accountId;
  const row =
    'member' in caller
      ? await requireCompanyLive(ctx.db, caller.member, options.presentationId)
      : await requireViewableLive(ctx, caller.seeker, options.presentationId);
  const rows = await selectComments(ctx.db, row.id, CLOUD_LIVE_LIMITS.commentsShown, company);
  const muted = company ? await findMutedAccounts(ctx.db, row.id) : new Set<string>();
  return { items: rows.map((comment) => mapComment(comment, { callerAccountId, muted })) };
}
