import { CLOUD_LIVE_LIMITS, type CloudLiveComment, type PostCloudLiveComment } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { enforceRateLimit } from '../../lib/rate-limit';
import type { CompanyMember, SeekerCaller } from '../../plugins/access';
import { findMutedAccounts, insertComment } from './cloud-live.repository';
import { requireCompanyLive, requireViewableLive } from './live-access';
import { announceCloudLive } from './live-events';
import { mapComment } from './map-cloud-live';

export interface PostCloudLiveCommentOptions {
  caller: { member: CompanyMember } | { seeker: SeekerCaller };
  presentationId: string;
  input: PostCloudLiveComment;
}

/**
 * 互动: a student asks (while it is live, not silenced, one comment per 3 seconds) or the company
 * answers (回复); everyone watching hears of it.
 */
export async function postCloudLiveComment(
  ctx: AppContext,
  options: PostCloudLiveCommentOptions,
): Promise<CloudLiveComment> {
  const caller = options.caller;
  const company = 'member' in caller;
  const accountId = 'member' in caller ? caller.member.accountId : caller.seeker.accountId;
  const row =
    'member' in caller
      ? await requireCompanyLive(ctx.db, caller.member, options.presentationId)
      : await requireViewableLive(ctx, caller.seeker, options.presentationId);
  if (row.liveState !== 'live') throw new AppError('LIVE_NOT_LIVE');
  if (!company) {
    if ((await findMutedAccounts(ctx.db, row.id)).has(accountId)) throw new AppError('LIVE_MUTED');
    await enforceRateLimit(
      ctx.db,
      `live-comment:${row.id}:${accountId}`,
      { limit: 1, windowSeconds: CLOUD_LIVE_LIMITS.commentIntervalSeconds },
      '发言太快了',
    );
  }
  const comment = await insertComment(ctx.db, {
    presentationId: row.id,
    authorAccountId: accountId,
    authorKind: company ? 'company' : 'student',
    body: options.input.body,
    createdAt: new Date(),
  });
  await announceCloudLive(ctx, row);
  return mapComment(comment, { callerAccountId: accountId, muted: new Set() });
}
