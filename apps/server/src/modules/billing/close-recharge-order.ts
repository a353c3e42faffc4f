import type { RechargeOrder } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { type CompanyMember, notFound } from '../../plugins/access';
import { closeOpenOrder } from './close-open-order';
import { mapRechargeOrder } from './map-payment-order';
import { orderMachine } from './order-machine';
import { findCompanyOrder } from './payment-orders.repository';

export interface CloseRechargeOrderOptions {
  member: CompanyMember;
  orderId: string;
}

/** 取消支付: the company's unpaid order is closed (or found paid after all, and credited). */
export async function closeRechargeOrder(
  ctx: AppContext,
  options: CloseRechargeOrderOptions,
): Promise<RechargeOrder> {
  const order = await findCompanyOrder(ctx.db, options.member.companyId, options.orderId);
  if (!order) throw notFound();
  if (order.state !== 'created') orderMachine.advance(order.state as 'paid', 'close');
  await closeOpenOrder(ctx, order);
  return mapRechargeOrder((await findCompanyOrder(ctx.db, order.companyId, order.id))!);
}
