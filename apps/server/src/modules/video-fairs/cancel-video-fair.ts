import { type CancelVideoFairInput, live, type UniversityVideoFairDetail } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { requireFound, type UniversityStaff } from '../../plugins/access';
import { closeOpenOrder } from '../billing/close-open-order';
import { notifyAccount } from '../notifications/notify-account';
import { getUniversityVideoFair } from './get-university-video-fair';
import { refundVideoFairFee, returnWechatPayment } from './refund-video-fair-fee';
import { videoFairMachine, videoFairRegistrationMachine } from './video-fair-machines';
import {
  findPaymentOrders,
  findRegistrationsOfFair,
  findSignedUpStudents,
  lockVideoFair,
  markReviewPayload,
  moveRegistration,
  moveVideoFair,
} from './video-fairs.repository';

export interface CancelVideoFairOptions {
  staff: UniversityStaff;
  fairId: string;
  input: CancelVideoFairInput;
}

/**
 * 取消: every live registration is cancelled and every paid fee refunded (快点 in the transaction,
 * WeChat Pay after it; an unpaid WeChat order is closed); the companies and the signed-up students
 * are told. A pending review request stays, marked, to be rejected.
 */
export async function cancelVideoFair(
  ctx: AppContext,
  options: CancelVideoFairOptions,
): Promise<UniversityVideoFairDetail> {
  const { staff, fairId, input } = options;
  const done = await ctx.db.transaction(async (tx) => {
    const locked = requireFound(await lockVideoFair(tx, fairId, staff.universityId), '视频双选会不存在');
    const to = videoFairMachine.advance(locked.state, 'cancel');
    const fair = await moveVideoFair(tx, fairId, videoFairMachine.sources('cancel'), to, input.reason);
    if (!fair) throw new AppError('VIDEO_FAIR_CANCELLED');
    const current = await findRegistrationsOfFair(
      tx,
      fairId,
      videoFairRegistrationMachine.sources('cancelFair'),
    );
    const now = new Date();
    for (const { registration } of current) {
      await moveRegistration(tx, registration.id, videoFairRegistrationMachine.sources('cancelFair'), {
        state: videoFairRegistrationMachine.advance(registration.state, 'cancelFair'),
      });
      await refundVideoFairFee(tx, registration, staff.accountId, now);
      if (registration.state === 'pending' && registration.reviewRequestId)
        await markReviewPayload(tx, registration.reviewRequestId, 'fairCancelledAt', now);
    }
    return {
      fair,
      registrations: current.map((row) => row.registration),
      students: await findSignedUpStudents(tx, fairId),
    };
  });
  const { fair, registrations, students } = done;
  const orders = await findPaymentOrders(
    ctx.db,
    registrations.flatMap((row) =>
      row.state === 'awaiting_payment' && row.paymentOrderId ? [row.paymentOrderId] : [],
    ),
  );
  for (const order of orders.values()) {
    try {
      await closeOpenOrder(ctx, order);
    } catch (error) {
      ctx.log.warn(
        { err: error, orderId: order.id },
        'video fair cancelled: its unpaid order could not be closed now',
      );
    }
  }
  for (const registration of registrations) {
    if (registration.state !== 'awaiting_payment')
      await returnWechatPayment(ctx, registration, {
        reason: '视频双选会已取消',
        requestedBy: staff.accountId,
      });
    await notifyAccount(ctx, {
      accountId: registration.applicantAccountId,
      kind: 'video_fair_cancelled',
      title: '视频双选会已取消',
      body: `贵单位报名的视频双选会“${fair.title}”已被主办高校取消（${input.reason}）。${registration.paidAt && registration.feePoints > 0 ? '报名费已退回。' : ''}`,
      link: '/employer/cloud/video-fairs',
      data: { fairId },
    });
  }
  for (const student of students)
    await notifyAccount(ctx, {
      accountId: student.seekerAccountId,
      kind: 'video_fair_cancelled',
      title: '视频双选会已取消',
      body: `您报名的视频双选会“${fair.title}”已取消（${input.reason}）。`,
      link: `/m/campus/video-fairs/${fairId}`,
      data: { fairId },
    });
  const changedFair = { fairId };
  await publishAfterCommit(
    ctx,
    live.university(staff.universityId, { type: 'video-fairs.changed', data: changedFair }),
    ...[...new Set(registrations.map((row) => row.companyId))].flatMap((companyId) => [
      live.company(companyId, { type: 'video-fairs.changed', data: changedFair }),
      live.company(companyId, { type: 'points.changed' as const, data: {} }),
    ]),
  );
  return getUniversityVideoFair(ctx, { staff, fairId });
}
