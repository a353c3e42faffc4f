import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { SandboxPaymentProvider } from './sandbox-payment-provider';
import { DatabaseSandboxTradeStore, WriteBehindSandboxTradeStore } from './sandbox-trade-store';

// The sandbox's books are in the database: a cashier served by one API instance pays an order
// another created, a restart forgets nothing, and the day bill lists payments and refunds.

describe('the sandbox payment provider on its database books', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('is one provider across instances: created on one, paid and refunded on another, billed by a third', async () => {
    const secret = randomBytes(32);
    const instance = () =>
      new SandboxPaymentProvider({ secret, store: new DatabaseSandboxTradeStore(t.database.db) });
    const [a, b, c] = [instance(), instance(), instance()];
    const outTradeNo = `OR${randomBytes(8).toString('hex')}`;
    await a.createNativeOrder({
      outTradeNo,
      description: '充值快点 100',
      amountFen: 10_000,
      expiresAt: new Date(Date.now() + 900_000),
      notifyUrl: '/api/payments/notify/sandbox',
    });
    const notice = await b.parseCallback(await b.pay(outTradeNo));
    expect(notice).toMatchObject({ outTradeNo, amountFen: 10_000 });
    // Two clicks of 支付成功 pay once.
    const again = await c.parseCallback(await c.pay(outTradeNo));
    expect(again.transactionId).toBe(notice.transactionId);
    expect(await a.queryOrder(outTradeNo)).toMatchObject({
      state: 'SUCCESS',
      transactionId: notice.transactionId,
    });

    const refund = {
      outTradeNo,
      outRefundNo: `RF${outTradeNo.slice(2)}`,
      refundFen: 10_000,
      totalFen: 10_000,
      reason: '测试',
    };
    const first = await b.refund(refund);
    expect(await c.refund(refund)).toEqual(first);
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const bill = (await c.tradeBill(today)).filter((row) => row.outTradeNo === outTradeNo);
    expect(bill.map((row) => [row.tradeState, row.refundFen ?? row.amountFen])).toEqual([
      ['SUCCESS', 10_000],
      ['REFUND', 10_000],
    ]);
    await expect(a.closeOrder(outTradeNo)).rejects.toThrow('订单已支付');
    await expect(a.queryOrder('OR-none')).rejects.toThrow('订单不存在');
  });

  it('on the embedded database: answers inside an open transaction, and the next start finds what it wrote', async () => {
    const secret = randomBytes(32);
    const log = t.app.log;
    const books = new WriteBehindSandboxTradeStore(t.database.db, log);
    const sandbox = new SandboxPaymentProvider({ secret, store: books });
    const outTradeNo = `OR${randomBytes(8).toString('hex')}`;
    await sandbox.createNativeOrder({
      outTradeNo,
      description: '充值快点 50',
      amountFen: 5_000,
      expiresAt: new Date(Date.now() + 900_000),
      notifyUrl: '/api/payments/notify/sandbox',
    });
    await sandbox.pay(outTradeNo);
    // 订单管理 refunds inside its transaction: the provider must answer without the connection.
    const refund = await t.database.db.transaction(() =>
      sandbox.refund({
        outTradeNo,
        outRefundNo: `RF${outTradeNo.slice(2)}`,
        refundFen: 5_000,
        totalFen: 5_000,
        reason: '测试',
      }),
    );
    expect(refund.status).toBe('SUCCESS');
    await books.written();
    const restarted = new SandboxPaymentProvider({
      secret,
      store: new WriteBehindSandboxTradeStore(t.database.db, log),
    });
    expect(await restarted.queryOrder(outTradeNo)).toMatchObject({ state: 'REFUND', amountFen: 5_000 });
  });
});
