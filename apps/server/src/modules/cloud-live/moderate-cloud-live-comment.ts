import type { CloudLiveComment } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { type CompanyMember, notFound } from '../../plugins/access';
import { findComment, findMutedAccounts, hideComment, insertMute } from './cloud-live.repository';
import { requireCompanyLive } from './live-access';
import { announceCloudLive } from './live-events';
import { mapComment } from './map-cloud-live';

export interface ModerateCloudLiveCommentOptions {
  member: CompanyMember;
  presentationId: string;
  commentId: string;
  /** 隐藏 the comment, or 禁言 its author (who may not comment again in this broadcast). */
  action: 'hide' | 'mute';
}

/** The company's moderation of one comment: hidden from the students, or its author silenced. */
export async function moderateCloudLiveComment(
  ctx: AppContext,
  options: ModerateCloudLiveCommentOptions,
): Promise<CloudLiveComment> {
  const row = await requireCompanyLive(ctx.db, options.member, options.presentationId);
  const comment = await findComment(ctx.db, row.id, options.commentId);
  if (!comment) throw notFound();
  let result = comment;
  if (options.action === 'hide') {
    result = await hideComment(ctx.db, comment.id, options.member.accountId, new Date());
  } else {
    if (comment.authorKind !== 'student') throw new AppError('INVALID_STATE', '只能禁言学生');
    await insertMute(ctx.db, {
      presentationId: row.id,
      accountId: comment.authorAccountId,
      mutedBy: options.member.accountId,
    });
  }
  await announceCloudLive(ctx, row);
  const muted = await findMutedAccounts(ctx.db, row.id);
  return mapComment(result, { callerAccountId: options.member.accountId, muted });
}
