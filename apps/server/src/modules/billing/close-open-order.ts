import { live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { PaymentProviderError, type ProviderOrderState } from '../../providers/payment/payment-provider';
import { orderMachine } from './order-machine';
import { lockOrder, type PaymentOrderRow, updateOrder } from './payment-orders.repository';
import { onOrderClosed } from './purpose-orders';
import { settleOrderPayment } from './settle-order-payment';

/**
 * Closes an unpaid order (取消支付, or its expiry). The provider is asked first: a payment whose
 * notice has not arrived yet counts, and is settled the one way (settleOrderPayment) instead of
 * closed. Then the provider closes its side, so the code can no longer be paid, and so do we.
 */
export async function closeOpenOrder(ctx: AppContext, order: PaymentOrderRow): Promise<'closed' | 'paid'> {
  const provider = ctx.providers.payment;
  const paid = await askProvider(ctx, order);
  if (paid) return settle(ctx, order, paid);
  try {
    await provider.closeOrder(order.outTradeNo);
  } catch (error) {
    if (!(error instanceof PaymentProviderError)) throw error;
    if (error.code === 'ORDERPAID') {
      const late = await askProvider(ctx, order);
      if (late) return settle(ctx, order, late);
    }
    if (error.code !== 'ORDER_NOT_EXIST' && error.code !== 'ORDER_CLOSED') {
      ctx.log.error(
        { err: error, outTradeNo: order.outTradeNo },
        'payment provider could not close an order',
      );
      throw new AppError('PAYMENT_PROVIDER_FAILED');
    }
  }
  const closed = await ctx.db.transaction(async (tx) => {
    const locked = (await lockOrder(tx, { id: order.id }))!;
    if (locked.state !== 'created') return { row: locked, events: [] };
    const row = await updateOrder(tx, order.id, {
      state: orderMachine.advance('created', 'close'),
      closedAt: new Date(),
    });
    // What the order held besides (a 视频双选会 place) is let go in this transaction.
    return { row, events: await onOrderClosed(tx, row) };
  });
  if (closed.row.state === 'paid') return 'paid';
  await publishAfterCommit(
    ctx,
    live.company(order.companyId, { type: 'points.changed', data: { orderId: order.id } }),
    ...closed.events,
  );
  return 'closed';
}

type PaidAtProvider = Extract<ProviderOrderState, { state: 'SUCCESS' | 'REFUND' }>;

async function askProvider(ctx: AppContext, order: PaymentOrderRow): Promise<PaidAtProvider | undefined> {
  try {
    const state = await ctx.providers.payment.queryOrder(order.outTradeNo);
    return state.state === 'SUCCESS' || state.state === 'REFUND' ? state : undefined;
  } catch (error) {
    if (error instanceof PaymentProviderError && error.code === 'ORDER_NOT_EXIST') return undefined;
    if (!(error instanceof PaymentProviderError)) throw error;
    ctx.log.error(
      { err: error, outTradeNo: order.outTradeNo },
      'payment provider could not be asked about an order',
    );
    throw new AppError('PAYMENT_PROVIDER_FAILED');
  }
}

async function settle(ctx: AppContext, order: PaymentOrderRow, paid: PaidAtProvider): Promise<'paid'> {
  await settleOrderPayment(ctx, {
    outTradeNo: order.outTradeNo,
    amountFen: paid.amountFen,
    transactionId: paid.transactionId,
    paidAt: paid.paidAt,
  });
  return 'paid';
}
