import type { AppContext } from '../../context';
import type { Executor } from '../../db/client';
import { postLedgerRequest } from '../billing/post-ledger-request';
import { refundOrder } from '../billing/refund-order';
import {
  findRegistration,
  setRegistrationFields,
  type VideoFairRegistrationRow,
} from './video-fairs.repository';

/**
 * 未通过 or 取消: the fee goes back to the company's 快点, in the caller's transaction, once per
 * registration (its own ledger key). A fee paid by WeChat Pay then goes back by WeChat Pay too
 * (returnWechatPayment, after the commit).
 */
export async function refundVideoFairFee(
  tx: Executor,
  registration: VideoFairRegistrationRow,
  requestedBy: string,
  now = new Date(),
) {
  if (!registration.paidAt || registration.feePoints === 0 || registration.refundedAt) return false;
  await postLedgerRequest(tx, {
    key: `video_fair:${registration.id}:refund`,
    purpose: 'video_fair_refund',
    reference: `video_fair_registration:${registration.id}`,
    requestedBy,
    legs: [
      {
        from: { kind: 'points_earned' },
        to: { kind: 'company_wallet', companyId: registration.companyId },
        amount: registration.feePoints,
      },
    ],
  });
  await setRegistrationFields(tx, registration.id, { refundedAt: now });
  return true;
}

/**
 * After the commit that gave the fee back as 快点: the WeChat order is refunded the one way
 * (订单管理's refund-order.ts: the 快点 leave the wallet and the money goes back to the payer). If it
 * cannot be (the 快点 were spent meanwhile, an invoice is pending, the provider refuses), the 快点
 * stay with the company and the registration shows 费用已退回快点.
 */
export async function returnWechatPayment(
  ctx: AppContext,
  registration: Pick<VideoFairRegistrationRow, 'id' | 'paidWith' | 'paymentOrderId' | 'feePoints'>,
  options: { reason: string; requestedBy: string },
) {
  if (registration.paidWith !== 'wechat' || !registration.paymentOrderId || registration.feePoints === 0)
    return;
  try {
    await refundOrder(ctx, {
      operator: { accountId: options.requestedBy },
      orderId: registration.paymentOrderId,
      input: { reason: options.reason.slice(0, 80) },
    });
  } catch (error) {
    ctx.log.warn(
      { err: error, registrationId: registration.id },
      'video fair fee: the WeChat refund could not be made; the 快点 stay with the company',
    );
  }
}

/** After 驳回 (the review kind's afterDecision): a rejected WeChat-paid fee goes back by WeChat Pay. */
export async function returnRejectedWechatFee(
  ctx: AppContext,
  options: { registrationId: string; requestedBy: string },
) {
  const registration = await findRegistration(ctx.db, options.registrationId);
  if (registration?.state !== 'rejected') return;
  await returnWechatPayment(ctx, registration, {
    reason: '视频双选会报名未通过',
    requestedBy: options.requestedBy,
  });
}
