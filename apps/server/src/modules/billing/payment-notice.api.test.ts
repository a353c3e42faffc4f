import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createSignedInEmployer, createTestCompany } from '../../../test/factories';
import { ledgerRequests } from '../../db/schema';
import type { PaymentCallbackInput } from '../../providers/payment/payment-provider';
import type { SandboxPaymentProvider } from '../../providers/payment/sandbox-payment-provider';
import { auditLedger, balanceOf } from './ledger-balances';

describe('payment notices (POST /api/payments/notify/:provider)', () => {
  let t: TestApp;
  let sandbox: SandboxPaymentProvider;
  beforeAll(async () => {
    t = await buildTestApp();
    sandbox = t.app.ctx.providers.payment as SandboxPaymentProvider;
  });
  afterAll(() => t.close());

  const deliver = (callback: PaymentCallbackInput, provider = 'sandbox') =>
    t.app.inject({
      method: 'POST',
      url: `/api/payments/notify/${provider}`,
      headers: callback.headers as Record<string, string>,
      payload: callback.rawBody,
    });

  const openOrder = async (points: number) => {
    const company = await createTestCompany(t.database.db);
    const hr = await createSignedInEmployer(t.app, company.id);
    const order = await hr.client.post(
      '/api/employer/points/recharges',
      { points, agreed: true },
      { 'idempotency-key': randomUUID() },
    );
    const wallet = () => balanceOf(t.database.db, { kind: 'company_wallet', companyId: company.id });
    const state = async () =>
      (await hr.client.get(`/api/employer/points/recharges/${order.body.id}`)).body.state;
    return { order: order.body, wallet, state };
  };

  it('credits once for the same notice 10 times in a row and 10 at once', async () => {
    const { order, wallet } = await openOrder(100);
    const notice = await sandbox.pay(order.outTradeNo);
    for (let i = 0; i < 10; i += 1) expect((await deliver(notice)).statusCode).toBe(204);
    expect(await wallet()).toBe(100);

    const racing = await openOrder(200);
    const racingNotice = await sandbox.pay(racing.order.outTradeNo);
    const answers = await Promise.all(Array.from({ length: 10 }, () => deliver(racingNotice)));
    expect(answers.map((answer) => answer.statusCode)).toEqual(Array(10).fill(204));
    expect(await racing.wallet()).toBe(200);
    // Fresh notices (new ids) for the same payment credit nothing more either.
    await Promise.all(
      Array.from({ length: 10 }, async () => deliver(await sandbox.pay(racing.order.outTradeNo))),
    );
    expect(await racing.wallet()).toBe(200);
    const keys = await t.database.db
      .select()
      .from(ledgerRequests)
      .where(eq(ledgerRequests.reference, `order:${racing.order.id}`));
    expect(keys.map((key) => key.key)).toEqual([`order:${racing.order.id}:paid`]);
    expect(await auditLedger(t.database.db)).toEqual({ unbalancedUnits: [], mismatchedAccounts: [] });
  });

  it('refuses a tampered or unsigned notice with 401 and changes nothing', async () => {
    const { order, wallet, state } = await openOrder(100);
    const notice = await sandbox.pay(order.outTradeNo);
    const tampered = { ...notice, rawBody: notice.rawBody.replace('"amount_fen":10000', '"amount_fen":1') };
    const forged = await deliver(tampered);
    expect(forged.statusCode).toBe(401);
    expect(forged.json()).toMatchObject({ code: 'UNAUTHENTICATED', message: '支付通知签名校验失败' });
    const unsigned = await deliver({
      headers: { 'content-type': 'application/json' },
      rawBody: notice.rawBody,
    });
    expect(unsigned.statusCode).toBe(401);
    const otherProvider = await deliver(notice, 'wechatpay');
    expect(otherProvider.statusCode).toBe(404);
    expect(await wallet()).toBe(0);
    expect(await state()).toBe('created');
  });

  it('refuses a signed notice whose amount is not the order’s, and records nothing', async () => {
    const { order, wallet, state } = await openOrder(100);
    const wrong = await deliver(await sandbox.pay(order.outTradeNo, { amountFen: 1 }));
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json()).toMatchObject({
      code: 'PAYMENT_AMOUNT_MISMATCH',
      message: '支付金额与订单金额不符',
    });
    expect(await wallet()).toBe(0);
    expect(await state()).toBe('created');
    const unknown = await deliver(
      sandbox.sign({
        event_type: 'TRANSACTION.SUCCESS',
        trade_state: 'SUCCESS',
        out_trade_no: 'OR-NONE',
        amount_fen: 1,
      }),
    );
    expect(unknown.statusCode).toBe(404);
  });

  it('does not credit a payment that arrives after the order was closed', async () => {
    const { order, wallet, state } = await openOrder(100);
    const notice = await sandbox.pay(order.outTradeNo);
    // Closed here (the cashier's code was paid in the same moment): the notice comes late.
    await t.database.db.execute(
      sql`UPDATE payment_orders SET state = 'closed', closed_at = now() WHERE id = ${order.id}`,
    );
    expect((await deliver(notice)).statusCode).toBe(204);
    expect(await wallet()).toBe(0);
    expect(await state()).toBe('closed');
  });
});
