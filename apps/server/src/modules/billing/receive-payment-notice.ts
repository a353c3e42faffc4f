import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { PaymentCallbackError, type PaymentCallbackInput } from '../../providers/payment/payment-provider';
import { recordRefundNotice } from './record-refund-notice';
import { settleOrderPayment } from './settle-order-payment';

export interface ReceivePaymentNoticeOptions {
  /** The provider named in the callback's path; it must be the configured one. */
  provider: string;
  callback: PaymentCallbackInput;
}

/**
 * POST /api/payments/notify/:provider: the provider's payment notice, verified (a bad signature
 * is 401 and changes nothing) and settled. It answers only after the credit committed, so a
 * provider that got no answer sends it again, and the settlement takes it once.
 */
export async function receivePaymentNotice(ctx: AppContext, options: ReceivePaymentNoticeOptions) {
  const provider = ctx.providers.payment;
  if (options.provider !== provider.name) throw new AppError('NOT_FOUND');
  let notice: Awaited<ReturnType<typeof provider.parseCallback>>;
  try {
    notice = await provider.parseCallback(options.callback);
  } catch (error) {
    if (!(error instanceof PaymentCallbackError)) throw error;
    ctx.log.warn({ reason: error.reason }, 'payment notice refused: not verified');
    throw new AppError('UNAUTHENTICATED', '支付通知签名校验失败');
  }
  if (notice.eventType !== 'TRANSACTION.SUCCESS') {
    // A refund's outcome. Like a payment notice, an unknown order is 404 and another amount 409
    // (the provider resends; nothing changes). A notice of a refund we did not make (done by hand
    // in 微信支付商户平台) is logged and acknowledged: there is nothing of ours to record.
    const outcome = await recordRefundNotice(ctx, {
      outTradeNo: notice.outTradeNo,
      outRefundNo: notice.outRefundNo,
      refundFen: notice.refundFen,
      status: notice.refundStatus,
      settledAt: notice.refundedAt,
    });
    if (outcome === 'unknown_order') throw new AppError('NOT_FOUND', '订单不存在');
    if (outcome === 'amount_mismatch')
      throw new AppError('PAYMENT_AMOUNT_MISMATCH', '退款金额与订单的退款金额不符');
    return;
  }
  if (notice.tradeState !== 'SUCCESS') return;
  const outcome = await settleOrderPayment(ctx, {
    outTradeNo: notice.outTradeNo,
    amountFen: notice.amountFen,
    transactionId: notice.transactionId,
    paidAt: notice.paidAt,
  });
  if (outcome === 'amount_mismatch') throw new AppError('PAYMENT_AMOUNT_MISMATCH');
  if (outcome === 'unknown_order') throw new AppError('NOT_FOUND', '订单不存在');
}
