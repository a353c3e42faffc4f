import { live, type OpsOrder, type RefundOrderInput } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { notFound, type Operator } from '../../plugins/access';
import { PaymentProviderError } from '../../providers/payment/payment-provider';
import { recordSecurityEvent } from '../identity/security-events';
import { holdInvoiceForRefund } from '../invoices/hold-invoice-for-refund';
import { balanceOf } from './ledger-balances';
import { mapOpsOrder } from './map-payment-order';
import { orderMachine } from './order-machine';
import { findCompanyName, lockOrder, type PaymentOrderRow, updateOrder } from './payment-orders.repository';
import { postLedgerRequest } from './post-ledger-request';
import { refundStatusOf } from './refund-machine';

/** Our refund number (out_refund_no) of an order: one whole refund per order, so one number. */
export function refundNumberOf(outTradeNo: string): string {
  return `RF${outTradeNo.slice(2)}`;
}

export interface RefundOrderOptions {
  operator: Operator;
  orderId: string;
  input: RefundOrderInput;
}

/**
 * 订单管理 > 退款 (issue 12 §2): a paid recharge goes back whole. In one transaction the order is
 * locked and moved to refunded, its 快点 leave the wallet and its money the received account (key
 * `order:<id>:refund`), and the provider refunds the payer — if the provider refuses, nothing
 * moved. 快点 the company already spent cannot come back: then the refund is refused. A payment
 * that came after its order was closed was never credited: only the money goes back. The
 * provider's answer is recorded as the refund status: processing (WeChat Pay, until its REFUND.*
 * notice, record-refund-notice.ts) or success at once (the sandbox).
 */
export async function refundOrder(ctx: AppContext, options: RefundOrderOptions): Promise<OpsOrder> {
  const { operator, orderId, input } = options;
  const refunded = await ctx.db.transaction(async (tx) => {
    const order = await lockOrder(tx, { id: orderId });
    if (!order) throw notFound();
    // Paid after it was closed: nothing was credited, so only the money goes back.
    const late = order.state === 'closed' && order.providerTransactionId !== null;
    const state = orderMachine.advance(order.state as 'paid', late ? 'refundLatePayment' : 'refund');
    if (!late) await takeBackRecharge(tx, order, operator);
    // Its invoice must be reversed (红冲); a request still 待开票 is 驳回 first.
    const heldInvoiceId = await holdInvoiceForRefund(tx, { order, reason: input.reason });
    let answer: Awaited<ReturnType<typeof ctx.providers.payment.refund>>;
    try {
      answer = await ctx.providers.payment.refund({
        outTradeNo: order.outTradeNo,
        outRefundNo: refundNumberOf(order.outTradeNo),
        refundFen: order.amountFen,
        totalFen: order.amountFen,
        reason: input.reason,
        // Where its REFUND.* notice goes (record-refund-notice.ts); the order's own provider route.
        notifyUrl: `${ctx.config.publicUrl ?? `http://${ctx.config.host}:${ctx.config.port}`}/api/payments/notify/${order.provider}`,
      });
    } catch (error) {
      if (!(error instanceof PaymentProviderError)) throw error;
      ctx.log.error({ err: error, outTradeNo: order.outTradeNo }, 'payment provider refused a refund');
      throw new AppError('PAYMENT_PROVIDER_FAILED', `支付服务拒绝了退款：${error.message}`);
    }
    const refundStatus = refundStatusOf(answer.status);
    const now = new Date();
    const row = await updateOrder(tx, order.id, {
      state,
      refundedAt: now,
      refundFen: order.amountFen,
      refundReason: input.reason,
      refundStatus,
      refundSettledAt: refundStatus === 'processing' ? null : now,
    });
    return { ...row, heldInvoiceId };
  });
  await recordSecurityEvent(ctx, {
    kind: 'order_refunded',
    accountId: operator.accountId,
    detail: { orderId, outTradeNo: refunded.outTradeNo, fen: refunded.amountFen, points: refunded.points },
  });
  const { heldInvoiceId } = refunded;
  await publishAfterCommit(
    ctx,
    live.company(refunded.companyId, { type: 'points.changed', data: { orderId } }),
    ...(heldInvoiceId
      ? [
          live.company(refunded.companyId, { type: 'invoices.changed', data: { invoiceId: heldInvoiceId } }),
          live.operators({ type: 'invoices.changed', data: { invoiceId: heldInvoiceId } }),
        ]
      : []),
  );
  return mapOpsOrder(refunded, (await findCompanyName(ctx.db, refunded.companyId)) ?? '', null);
}

/** The 快点 leave the wallet and the money the received account; spent 快点 cannot come back. */
async function takeBackRecharge(tx: Executor, order: PaymentOrderRow, operator: Operator) {
  const wallet = { kind: 'company_wallet', companyId: order.companyId } as const;
  try {
    await postLedgerRequest(tx, {
      key: `order:${order.id}:refund`,
      purpose: 'recharge_refund',
      reference: `order:${order.id}`,
      requestedBy: operator.accountId,
      legs: [
        { from: wallet, to: { kind: 'points_issued' }, amount: order.points },
        { from: { kind: 'money_received' }, to: { kind: 'provider_clearing' }, amount: order.amountFen },
      ],
    });
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'INSUFFICIENT_POINTS') throw error;
    const balance = await balanceOf(tx, wallet);
    throw new AppError(
      'INSUFFICIENT_POINTS',
      `该单位已使用部分快点，当前余额${balance}快点，不足本订单的${order.points}快点，无法退款`,
    );
  }
}
