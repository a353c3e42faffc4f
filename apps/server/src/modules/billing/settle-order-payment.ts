import { live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { orderMachine } from './order-machine';
import { lockOrder, updateOrder } from './payment-orders.repository';
import { postLedgerRequest } from './post-ledger-request';
import { onOrderPaid } from './purpose-orders';

/** A payment the provider reports for one of our orders (a verified notice, or its answer to a query). */
export interface SettleOrderPaymentOptions {
  outTradeNo: string;
  amountFen: number;
  transactionId: string;
  paidAt?: Date;
}

export type SettlementOutcome =
  /** Marked paid and the 快点 credited, now. */
  | 'credited'
  /** Paid before (a replayed or concurrent notice): nothing moved. */
  | 'already_paid'
  /** Paid at the provider after we closed it: not credited; an operator refunds the payer. */
  | 'paid_after_close'
  /** The amount differs from the order's: refused, nothing recorded. */
  | 'amount_mismatch'
  | 'unknown_order';

/**
 * The one way an order becomes paid (issue 12 §2): in one transaction, the order is locked, its
 * amount checked, moved to paid through the machine, and its 快点 credited through the ledger with
 * the key `order:<id>:paid` — so replayed and concurrent notices credit once.
 */
export async function settleOrderPayment(
  ctx: AppContext,
  payment: SettleOrderPaymentOptions,
): Promise<SettlementOutcome> {
  const settled = await ctx.db.transaction(async (tx) => {
    const order = await lockOrder(tx, { outTradeNo: payment.outTradeNo });
    if (!order) return { outcome: 'unknown_order' as const };
    if (payment.amountFen !== order.amountFen) return { outcome: 'amount_mismatch' as const, order };
    switch (order.state) {
      case 'paid':
      case 'refunded':
        return { outcome: 'already_paid' as const, order };
      case 'closed':
        // Paid after we closed it: kept closed and not credited. The payment is recorded on the
        // order so that 订单管理 shows it, and the money goes back by the operators' refund.
        if (!order.providerTransactionId) {
          await updateOrder(tx, order.id, {
            providerTransactionId: payment.transactionId,
            paidAt: payment.paidAt ?? new Date(),
          });
        }
        return { outcome: 'paid_after_close' as const, order };
    }
    const paid = await updateOrder(tx, order.id, {
      state: orderMachine.advance(order.state as 'created', 'pay'),
      paidAt: payment.paidAt ?? new Date(),
      providerTransactionId: payment.transactionId,
    });
    await postLedgerRequest(tx, {
      key: `order:${order.id}:paid`,
      purpose: 'recharge',
      reference: `order:${order.id}`,
      requestedBy: order.createdBy,
      legs: [
        { from: { kind: 'provider_clearing' }, to: { kind: 'money_received' }, amount: order.amountFen },
        {
          from: { kind: 'points_issued' },
          to: { kind: 'company_wallet', companyId: order.companyId },
          amount: order.points,
        },
      ],
    });
    // What the order bought besides the 快点 (a 视频双选会 fee): spent in this transaction.
    const events = await onOrderPaid(tx, paid);
    return { outcome: 'credited' as const, order: paid, events };
  });
  const { outcome } = settled;
  if (outcome === 'amount_mismatch') {
    ctx.log.error(
      { outTradeNo: payment.outTradeNo, noticeFen: payment.amountFen, orderFen: settled.order.amountFen },
      'payment notice refused: its amount is not the order’s',
    );
  } else if (outcome === 'paid_after_close') {
    ctx.log.error(
      { outTradeNo: payment.outTradeNo, transactionId: payment.transactionId },
      'payment for a closed order: not credited, refund it to the payer (订单管理)',
    );
  } else if (outcome === 'unknown_order') {
    ctx.log.warn({ outTradeNo: payment.outTradeNo }, 'payment notice for an unknown order');
  } else if (outcome === 'credited') {
    await publishAfterCommit(
      ctx,
      live.company(settled.order.companyId, { type: 'points.changed', data: { orderId: settled.order.id } }),
      ...settled.events,
    );
  }
  return outcome;
}
