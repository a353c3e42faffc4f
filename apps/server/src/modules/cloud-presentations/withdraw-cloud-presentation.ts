import { type CloudPresentation, live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { cloudPresentationTargetMachine } from './cloud-presentation-machine';
import {
  findTargetsWithNames,
  flagReviewWithdrawn,
  lockCloudPresentation,
  markCloudPresentationWithdrawn,
  moveTarget,
} from './cloud-presentations.repository';
import { getCloudPresentation } from './get-cloud-presentation';

export interface WithdrawCloudPresentationOptions {
  member: CompanyMember;
  presentationId: string;
  now?: Date;
}

/**
 * 撤回: every pending or approved university → 已撤回, and no university shows it any more. A
 * pending review request stays in the university's queue (the engine has no withdraw, as with 双选会
 * 报名): its payload is flagged, the drawer says 已撤回 and 通过 is refused, so the reviewer rejects it.
 */
export async function withdrawCloudPresentation(
  ctx: AppContext,
  options: WithdrawCloudPresentationOptions,
): Promise<CloudPresentation> {
  const { member, presentationId } = options;
  const now = options.now ?? new Date();
  const pendingReviews = await ctx.db.transaction(async (tx) => {
    const presentation = requireFound(
      await lockCloudPresentation(tx, presentationId, member.companyId),
      '云宣讲不存在',
    );
    if (presentation.withdrawnAt) throw new AppError('INVALID_STATE', '该云宣讲已撤回');
    if (presentation.liveState === 'live')
      throw new AppError('INVALID_STATE', '直播进行中，不能撤回，请先结束直播');
    const targets = await findTargetsWithNames(tx, [presentation.id]);
    const from = cloudPresentationTargetMachine.sources('withdraw');
    const moving = targets.filter((target) => from.includes(target.state));
    for (const target of moving)
      await moveTarget(tx, target.id, from, { state: 'withdrawn', decidedAt: now });
    await flagReviewWithdrawn(
      tx,
      moving.flatMap((target) =>
        target.state === 'pending' && target.reviewRequestId ? [target.reviewRequestId] : [],
      ),
      now,
    );
    await markCloudPresentationWithdrawn(tx, presentation.id, now);
    return moving.flatMap((target) =>
      target.state === 'pending' && target.reviewRequestId
        ? [{ universityId: target.universityId, reviewId: target.reviewRequestId }]
        : [],
    );
  });
  await publishAfterCommit(
    ctx,
    live.company(member.companyId, { type: 'cloud-presentations.changed', data: { presentationId } }),
    ...pendingReviews.map(({ universityId, reviewId }) =>
      live.university(universityId, { type: 'reviews.changed', data: { reviewId } }),
    ),
  );
  return getCloudPresentation(ctx, { member, presentationId });
}
