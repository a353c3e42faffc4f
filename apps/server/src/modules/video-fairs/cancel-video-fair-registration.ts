import { live, type VideoFairRegistration } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { closeOpenOrder } from '../billing/close-open-order';
import { getVideoFairRegistration } from './get-video-fair-registration';
import { refundVideoFairFee, returnWechatPayment } from './refund-video-fair-fee';
import { videoFairRegistrationMachine } from './video-fair-machines';
import {
  findPaymentOrders,
  findRegistration,
  findVideoFair,
  lockRegistration,
  markReviewPayload,
  moveRegistration,
  releaseVideoFairPlace,
} from './video-fairs.repository';

export interface CancelVideoFairRegistrationOptions {
  member: CompanyMember;
  registrationId: string;
}

/**
 * 取消报名 before the review: an unpaid one closes its WeChat order (which cancels it and frees the
 * place, video-fair-order-hooks.ts; paid meanwhile, it is then cancelled as a paid one); a paid one
 * is cancelled, its place freed and its fee refunded (快点 at once, WeChat Pay after the commit). Its
 * review request stays in the queue marked 已取消, to be rejected.
 */
export async function cancelVideoFairRegistration(
  ctx: AppContext,
  options: CancelVideoFairRegistrationOptions,
): Promise<VideoFairRegistration> {
  const { member, registrationId } = options;
  const row = requireFound(await findRegistration(ctx.db, registrationId, member.companyId), '报名不存在');
  videoFairRegistrationMachine.advance(row.state, 'cancel');
  if (row.state === 'awaiting_payment' && row.paymentOrderId) {
    const order = (await findPaymentOrders(ctx.db, [row.paymentOrderId])).get(row.paymentOrderId)!;
    if ((await closeOpenOrder(ctx, order)) === 'closed') return getVideoFairRegistration(ctx, options);
  }
  const cancelled = await ctx.db.transaction(async (tx) => {
    const locked = (await lockRegistration(tx, registrationId))!;
    const found = (await findVideoFair(tx, locked.fairId))!;
    if (found.fair.state !== 'published') throw new AppError('VIDEO_FAIR_CANCELLED');
    const moved = await moveRegistration(tx, locked.id, videoFairRegistrationMachine.sources('cancel'), {
      state: videoFairRegistrationMachine.advance(locked.state, 'cancel'),
    });
    await releaseVideoFairPlace(tx, locked.fairId);
    await refundVideoFairFee(tx, locked, member.accountId);
    if (locked.reviewRequestId)
      await markReviewPayload(tx, locked.reviewRequestId, 'withdrawnAt', new Date());
    return { registration: moved!, universityId: found.fair.universityId };
  });
  await returnWechatPayment(ctx, cancelled.registration, {
    reason: '取消视频双选会报名',
    requestedBy: member.accountId,
  });
  const changedFair = { fairId: cancelled.registration.fairId };
  await publishAfterCommit(
    ctx,
    live.company(member.companyId, { type: 'video-fairs.changed', data: changedFair }),
    live.university(cancelled.universityId, { type: 'video-fairs.changed', data: changedFair }),
    live.company(member.companyId, { type: 'points.changed', data: {} }),
  );
  return getVideoFairRegistration(ctx, options);
}
