import type { AppContext } from '../../context';
import { closeOpenOrder } from './close-open-order';
import { findExpiredOpenOrders } from './payment-orders.repository';

export interface CloseExpiredOrdersOptions {
  now: Date;
  /** At most this many per run; the next run takes the rest. */
  limit?: number;
}

/** Unpaid orders past their expiry are closed at the provider and here (or credited if paid there). */
export async function closeExpiredOrders(ctx: AppContext, options: CloseExpiredOrdersOptions) {
  const orders = await findExpiredOpenOrders(ctx.db, options.now, options.limit ?? 100);
  const result = { closed: 0, paid: 0, failed: 0 };
  for (const order of orders) {
    try {
      result[await closeOpenOrder(ctx, order)] += 1;
    } catch (error) {
      result.failed += 1;
      ctx.log.error({ err: error, outTradeNo: order.outTradeNo }, 'an expired order could not be closed');
    }
  }
  return result;
}
