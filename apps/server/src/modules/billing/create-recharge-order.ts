import { randomBytes } from 'node:crypto';
import { type CreateRechargeInput, POINT_PRICE_FEN, type RechargeOrder } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { shanghaiDate } from '../../lib/shanghai-time';
import type { CompanyMember } from '../../plugins/access';
import { PaymentProviderError } from '../../providers/payment/payment-provider';
import { mapRechargeOrder } from './map-payment-order';
import {
  findOrderByRequestKey,
  insertPaymentOrder,
  type PaymentOrderRow,
  updateOrder,
} from './payment-orders.repository';

/** How long the QR code of a recharge may be paid; the expired-orders job closes it after this. */
export const RECHARGE_ORDER_TTL_MS = 2 * 60 * 60_000;

export interface CreateRechargeOrderOptions {
  member: CompanyMember;
  input: CreateRechargeInput;
  /** The client's Idempotency-Key (a UUID): a retry with it answers the same order. */
  requestKey: string;
  now?: Date;
}

/**
 * 充值快点 > 确认并支付 (issue 12 §2): a payment order for the 快点 at POINT_PRICE_FEN each, placed
 * with the configured provider, whose code_url the page shows as a QR code. A retry with the same
 * key returns the order (and asks the provider again if its first answer never came); the same key
 * for another amount is refused.
 */
export async function createRechargeOrder(
  ctx: AppContext,
  options: CreateRechargeOrderOptions,
): Promise<RechargeOrder> {
  const { member, input, requestKey } = options;
  const now = options.now ?? new Date();
  const amountFen = input.points * POINT_PRICE_FEN;
  const inserted = await insertPaymentOrder(ctx.db, {
    outTradeNo: newOutTradeNo(now),
    companyId: member.companyId,
    description: `快点充值 ${input.points}快点`,
    amountFen,
    points: input.points,
    provider: ctx.providers.payment.name,
    expiresAt: new Date(now.getTime() + RECHARGE_ORDER_TTL_MS),
    requestKey,
    createdBy: member.accountId,
    createdAt: now,
    updatedAt: now,
  });
  // The unique (company, request key) index decides between racing retries.
  const order = inserted ?? (await findOrderByRequestKey(ctx.db, member.companyId, requestKey))!;
  if (order.points !== input.points) throw new AppError('IDEMPOTENCY_KEY_REUSED');
  if (order.codeUrl || order.state !== 'created') return mapRechargeOrder(order);
  return mapRechargeOrder(await placeWithProvider(ctx, order));
}

/** Places an order with the configured provider and stores its code_url (the cashier's QR code). */
export async function placeWithProvider(ctx: AppContext, order: PaymentOrderRow) {
  const base = ctx.config.publicUrl ?? `http://${ctx.config.host}:${ctx.config.port}`;
  try {
    const { codeUrl } = await ctx.providers.payment.createNativeOrder({
      outTradeNo: order.outTradeNo,
      description: order.description,
      amountFen: order.amountFen,
      expiresAt: order.expiresAt,
      notifyUrl: `${base}/api/payments/notify/${order.provider}`,
    });
    return await updateOrder(ctx.db, order.id, { codeUrl });
  } catch (error) {
    if (!(error instanceof PaymentProviderError)) throw error;
    ctx.log.error({ err: error, outTradeNo: order.outTradeNo }, 'payment provider refused a native order');
    throw new AppError('PAYMENT_PROVIDER_FAILED');
  }
}

/** 'OR' + the Shanghai date + 16 random hex digits: 26 characters, within WeChat's 32. */
export function newOutTradeNo(now: Date): string {
  return `OR${shanghaiDate(now).replaceAll('-', '')}${randomBytes(8).toString('hex').toUpperCase()}`;
}
