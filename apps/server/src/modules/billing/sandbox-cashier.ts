import type { OrderState, SandboxCashierOrder } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { notFound } from '../../plugins/access';
import type { PaymentCallbackInput } from '../../providers/payment/payment-provider';
import { SandboxPaymentProvider } from '../../providers/payment/sandbox-payment-provider';
import { orderMachine } from './order-machine';
import { findCompanyName, findOrder } from './payment-orders.repository';

// The sandbox cashier (/pay/sandbox/:outTradeNo): where a developer or a demo "pays". Only with the
// sandbox provider and only for its orders; with WeChat Pay these routes answer 404.

/** What the last 取消 / 失败 click said, per order, for the page (the sandbox keeps no more). */
const notes = new Map<string, string>();

function sandboxOf(ctx: AppContext): SandboxPaymentProvider {
  const provider = ctx.providers.payment;
  if (!(provider instanceof SandboxPaymentProvider)) throw notFound();
  return provider;
}

async function sandboxOrder(ctx: AppContext, outTradeNo: string) {
  sandboxOf(ctx);
  const order = await findOrder(ctx.db, { outTradeNo });
  if (order?.provider !== 'sandbox') throw notFound('订单不存在');
  return order;
}

export interface GetSandboxOrderOptions {
  outTradeNo: string;
}

export async function getSandboxOrder(
  ctx: AppContext,
  options: GetSandboxOrderOptions,
): Promise<SandboxCashierOrder> {
  const order = await sandboxOrder(ctx, options.outTradeNo);
  return {
    outTradeNo: order.outTradeNo,
    description: order.description,
    companyName: (await findCompanyName(ctx.db, order.companyId)) ?? '',
    amountFen: order.amountFen,
    points: order.points,
    state: order.state as OrderState,
    expiresAt: order.expiresAt.toISOString(),
    note: notes.get(order.outTradeNo) ?? null,
  };
}

export interface PaySandboxOrderOptions {
  outTradeNo: string;
  outcome: 'success' | 'cancel' | 'fail';
  /** Posts the signed notice to POST /api/payments/notify/sandbox (the route real notices reach). */
  deliver: (callback: PaymentCallbackInput) => Promise<{ statusCode: number }>;
  now?: Date;
}

/**
 * 支付成功: the sandbox records the payment and delivers its signed notice through the notify
 * route, which verifies and settles it like WeChat Pay's. 取消 / 失败 leave the order unpaid with a
 * note for the page.
 */
export async function paySandboxOrder(
  ctx: AppContext,
  options: PaySandboxOrderOptions,
): Promise<SandboxCashierOrder> {
  const provider = sandboxOf(ctx);
  const order = await sandboxOrder(ctx, options.outTradeNo);
  orderMachine.advance(order.state as OrderState, 'pay');
  if (order.expiresAt <= (options.now ?? new Date()))
    throw new AppError('INVALID_STATE', '该订单已过期，请重新下单');
  switch (options.outcome) {
    case 'success': {
      notes.delete(order.outTradeNo);
      const answer = await options.deliver(await provider.pay(order.outTradeNo));
      if (answer.statusCode >= 300) {
        ctx.log.error(
          { outTradeNo: order.outTradeNo, status: answer.statusCode },
          'the sandbox notice was refused',
        );
        throw new AppError('PAYMENT_PROVIDER_FAILED', '支付通知未被接收，请重试');
      }
      break;
    }
    case 'cancel':
      notes.set(order.outTradeNo, '已取消支付，订单仍待支付，可重新扫码支付');
      break;
    case 'fail':
      notes.set(order.outTradeNo, '模拟支付失败（如余额不足），订单仍待支付');
      break;
  }
  return getSandboxOrder(ctx, { outTradeNo: order.outTradeNo });
}
