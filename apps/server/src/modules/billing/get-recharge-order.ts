import type { RechargeOrder } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { type CompanyMember, notFound } from '../../plugins/access';
import { mapRechargeOrder } from './map-payment-order';
import { findCompanyOrder } from './payment-orders.repository';

export interface GetRechargeOrderOptions {
  member: CompanyMember;
  orderId: string;
}

/** One of the company's orders, for the QR code's page to follow (another company's is 404). */
export async function getRechargeOrder(
  ctx: AppContext,
  options: GetRechargeOrderOptions,
): Promise<RechargeOrder> {
  const order = await findCompanyOrder(ctx.db, options.member.companyId, options.orderId);
  if (!order) throw notFound();
  return mapRechargeOrder(order);
}
