import { describe, expect, it } from 'vitest';
import { PaymentCallbackError, PaymentProviderError } from './payment-provider';
import { SandboxPaymentProvider } from './sandbox-payment-provider';

const order = (outTradeNo: string, amountFen = 10_000) => ({
  outTradeNo,
  description: '快点充值 100快点',
  amountFen,
  expiresAt: new Date(Date.now() + 3_600_000),
  notifyUrl: 'http://127.0.0.1/api/payments/notify/sandbox',
});

describe('the sandbox payment provider', () => {
  it('points the code at the cashier page and reports the order unpaid, then paid', async () => {
    const sandbox = new SandboxPaymentProvider({ publicUrl: 'https://jobs.example.cn' });
    expect(await sandbox.createNativeOrder(order('OR1'))).toEqual({
      codeUrl: 'https://jobs.example.cn/pay/sandbox/OR1',
    });
    expect(await sandbox.queryOrder('OR1')).toEqual({ state: 'NOTPAY', amountFen: 10_000 });
    const notice = await sandbox.parseCallback(await sandbox.pay('OR1'));
    expect(notice).toMatchObject({
      eventType: 'TRANSACTION.SUCCESS',
      outTradeNo: 'OR1',
      amountFen: 10_000,
      tradeState: 'SUCCESS',
    });
    expect(await sandbox.queryOrder('OR1')).toMatchObject({ state: 'SUCCESS', amountFen: 10_000 });
    await expect(sandbox.closeOrder('OR1')).rejects.toMatchObject({ code: 'ORDERPAID' });
    await expect(sandbox.queryOrder('OR-unknown')).rejects.toBeInstanceOf(PaymentProviderError);
  });

  it('verifies its own signature only: a changed body, another secret or an old notice is refused', async () => {
    const sandbox = new SandboxPaymentProvider();
    await sandbox.createNativeOrder(order('OR2'));
    const callback = await sandbox.pay('OR2');
    const changed = { ...callback, rawBody: callback.rawBody.replace('10000', '1') };
    await expect(sandbox.parseCallback(changed)).rejects.toMatchObject({ reason: 'BAD_SIGNATURE' });
    const other = new SandboxPaymentProvider();
    await expect(other.parseCallback(callback)).rejects.toBeInstanceOf(PaymentCallbackError);
    await expect(sandbox.parseCallback({ headers: {}, rawBody: callback.rawBody })).rejects.toMatchObject({
      reason: 'MISSING_HEADERS',
    });
    const past = new SandboxPaymentProvider({ secret: Buffer.alloc(32, 1), clock: () => new Date(0) });
    await past.createNativeOrder(order('OR3'));
    const stale = await past.pay('OR3');
    const now = new SandboxPaymentProvider({ secret: Buffer.alloc(32, 1) });
    await expect(now.parseCallback(stale)).rejects.toMatchObject({ reason: 'STALE_TIMESTAMP' });
  });

  it('closes an unpaid order (which then cannot be paid) and refunds a paid one idempotently', async () => {
    const sandbox = new SandboxPaymentProvider();
    await sandbox.createNativeOrder(order('OR4'));
    await sandbox.closeOrder('OR4');
    await expect(sandbox.pay('OR4')).rejects.toThrow(PaymentProviderError);
    await sandbox.createNativeOrder(order('OR5', 500));
    await expect(
      sandbox.refund({ outTradeNo: 'OR5', outRefundNo: 'RF5', refundFen: 500, totalFen: 500, reason: 'x' }),
    ).rejects.toMatchObject({ code: 'TRADE_STATE_ERROR' });
    await sandbox.pay('OR5');
    const refund = {
      outTradeNo: 'OR5',
      outRefundNo: 'RF5',
      refundFen: 500,
      totalFen: 500,
      reason: '重复充值',
    };
    const first = await sandbox.refund(refund);
    expect(first.status).toBe('SUCCESS');
    expect(await sandbox.refund(refund)).toEqual(first);
    expect((await sandbox.queryOrder('OR5')).state).toBe('REFUND');
  });
});
