import type { LiveMessage } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/client';
import { videoFairOrderHooks } from '../video-fairs/video-fair-order-hooks';
import { newOutTradeNo, placeWithProvider, RECHARGE_ORDER_TTL_MS } from './create-recharge-order';
import { mapRechargeOrder } from './map-payment-order';
import { findOrderByRequestKey, insertPaymentOrder, type PaymentOrderRow } from './payment-orders.repository';

// Orders that buy something besides 快点 (`payment_orders.purpose`): paying one credits its 快点 like
// a recharge (settle-order-payment.ts) and then, in the same transaction, its purpose's hook spends
// them on what was bought; closing one unpaid lets the purpose release what it held. A recharge
// (`recharge`) has no hook: its behaviour is unchanged.

export interface OrderPurposeHooks {
  /** In the settling transaction, after the order's 快点 were credited. Returns the events to publish. */
  paid(tx: Executor, order: PaymentOrderRow): Promise<LiveMessage[]>;
  /** In the closing transaction, after the order was closed unpaid. */
  closed(tx: Executor, order: PaymentOrderRow): Promise<LiveMessage[]>;
}

// A function, not a constant: the hooks' modules import billing too, so they are read when called.
function hooksOf(purpose: string): OrderPurposeHooks | undefined {
  const hooks: Record<string, OrderPurposeHooks> = { video_fair: videoFairOrderHooks };
  return hooks[purpose];
}

export async function onOrderPaid(tx: Executor, order: PaymentOrderRow): Promise<LiveMessage[]> {
  return (await hooksOf(order.purpose)?.paid(tx, order)) ?? [];
}

export async function onOrderClosed(tx: Executor, order: PaymentOrderRow): Promise<LiveMessage[]> {
  return (await hooksOf(order.purpose)?.closed(tx, order)) ?? [];
}

export interface InsertPurposeOrderOptions {
  companyId: string;
  purpose: string;
  description: string;
  amountFen: number;
  points: number;
  requestKey: string;
  createdBy: string;
  now: Date;
}

/** A purpose's order, in the caller's transaction; placed with the provider after the commit. */
export async function insertPurposeOrder(
  tx: Executor,
  options: InsertPurposeOrderOptions,
  providerName: string,
) {
  const { now } = options;
  const inserted = await insertPaymentOrder(tx, {
    outTradeNo: newOutTradeNo(now),
    companyId: options.companyId,
    purpose: options.purpose,
    description: options.description,
    amountFen: options.amountFen,
    points: options.points,
    provider: providerName,
    expiresAt: new Date(now.getTime() + RECHARGE_ORDER_TTL_MS),
    requestKey: options.requestKey,
    createdBy: options.createdBy,
    createdAt: now,
    updatedAt: now,
  });
  return inserted ?? (await findOrderByRequestKey(tx, options.companyId, options.requestKey))!;
}

/** After the commit: the provider's QR code for an order not placed yet. */
export async function placePurposeOrder(ctx: AppContext, order: PaymentOrderRow) {
  if (order.codeUrl || order.state !== 'created') return mapRechargeOrder(order);
  return mapRechargeOrder(await placeWithProvider(ctx, order));
}
