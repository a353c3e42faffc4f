import { randomUUID } from 'node:crypto';
import { liveTopic } from '@openrecruit/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createSignedInEmployer, createTestCompany } from '../../../test/factories';
import { SandboxPaymentProvider } from '../../providers/payment/sandbox-payment-provider';
import { closeExpiredOrders } from './close-expired-orders';
import { auditLedger, balanceOf } from './ledger-balances';

describe('充值快点 through the sandbox cashier', () => {
  let t: TestApp;
  let sandbox: SandboxPaymentProvider;
  beforeAll(async () => {
    t = await buildTestApp();
    sandbox = t.app.ctx.providers.payment as SandboxPaymentProvider;
  });
  afterAll(() => t.close());

  const signedIn = async () => {
    const company = await createTestCompany(t.database.db);
    const hr = await createSignedInEmployer(t.app, company.id);
    return { company, hr };
  };
  type Hr = Awaited<ReturnType<typeof signedIn>>['hr'];
  const recharge = (hr: Hr, points: number, key = randomUUID(), agreed: unknown = true) =>
    hr.client.post('/api/employer/points/recharges', { points, agreed }, { 'idempotency-key': key });

  it('creates an order, pays it at the cashier, credits the wallet once and lists it in 充值记录', async () => {
    const { company, hr } = await signedIn();
    expect(sandbox).toBeInstanceOf(SandboxPaymentProvider);
    const created = await recharge(hr, 500);
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      state: 'created',
      points: 500,
      amountFen: 50_000,
      provider: 'sandbox',
    });
    expect(created.body.outTradeNo).toMatch(/^OR\d{8}[0-9A-F]{16}$/);
    expect(created.body.codeUrl).toBe(`/pay/sandbox/${created.body.outTradeNo}`);
    const ttl = Date.parse(created.body.expiresAt) - Date.parse(created.body.createdAt);
    expect(ttl).toBe(2 * 3_600_000);

    const cashier = await hr.client.get(`/api/payments/sandbox/${created.body.outTradeNo}`);
    expect(cashier.body).toMatchObject({ companyName: company.name, amountFen: 50_000, state: 'created' });
    const events: unknown[] = [];
    const unsubscribe = t.app.ctx.events.subscribe(liveTopic.company(company.id), (event) =>
      events.push(event),
    );
    const cancel = await hr.client.post(`/api/payments/sandbox/${created.body.outTradeNo}/cancel`);
    expect(cancel.body).toMatchObject({ state: 'created', note: '已取消支付，订单仍待支付，可重新扫码支付' });
    const paid = await hr.client.post(`/api/payments/sandbox/${created.body.outTradeNo}/success`);
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({ state: 'paid', note: null });
    await expect
      .poll(() => events)
      .toContainEqual(
        expect.objectContaining({ type: 'points.changed', data: { orderId: created.body.id } }),
      );
    unsubscribe();
    // Clicking 支付成功 again is refused; the wallet moved once.
    const again = await hr.client.post(`/api/payments/sandbox/${created.body.outTradeNo}/success`);
    expect(again.body).toMatchObject({ code: 'INVALID_STATE', message: '该订单已支付' });

    const order = await hr.client.get(`/api/employer/points/recharges/${created.body.id}`);
    expect(order.body).toMatchObject({ state: 'paid' });
    expect(order.body.paidAt).not.toBeNull();
    const wallet = await hr.client.get('/api/employer/points');
    expect(wallet.body).toEqual({
      companyName: company.name,
      balance: 500,
      pricePerPointFen: 100,
      presets: [100, 500, 1000, 5000],
    });
    expect(await balanceOf(t.database.db, { kind: 'money_received' })).toBeGreaterThanOrEqual(50_000);
    const statement = await hr.client.get('/api/employer/points/statement?kind=recharge');
    expect(statement.body).toMatchObject({ kind: 'recharge', total: 1, page: 1 });
    expect(statement.body.items[0]).toMatchObject({
      outTradeNo: created.body.outTradeNo,
      points: 500,
      amountFen: 50_000,
      operatorName: hr.account.displayName,
    });
    const consumption = await hr.client.get('/api/employer/points/statement?kind=consumption');
    expect(consumption.body).toMatchObject({ kind: 'consumption', total: 0, items: [] });
    // A date range that ends before today holds nothing.
    const earlier = await hr.client.get(
      '/api/employer/points/statement?kind=recharge&from=2020-01-01&to=2020-01-31',
    );
    expect(earlier.body.total).toBe(0);
    const file = await hr.client.get('/api/employer/points/statement/export?kind=recharge');
    expect(file.status).toBe(200);
    expect(String(file.headers['content-type'])).toContain('spreadsheetml');
    expect(await auditLedger(t.database.db)).toEqual({ unbalancedUnits: [], mismatchedAccounts: [] });
  });

  it('answers a retry with the same order, refuses the key for another amount, and asks for the agreement', async () => {
    const { hr } = await signedIn();
    const key = randomUUID();
    const first = await recharge(hr, 100, key);
    const retries = await Promise.all(Array.from({ length: 5 }, () => recharge(hr, 100, key)));
    for (const retry of retries) expect(retry.body.id).toBe(first.body.id);
    const other = await recharge(hr, 200, key);
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const unagreed = await recharge(hr, 100, randomUUID(), false);
    expect(unagreed.status).toBe(400);
    expect(unagreed.body.details.fields).toContainEqual({
      field: 'agreed',
      reason: '请阅读并同意《快点服务协议》',
    });
    const tooMany = await recharge(hr, 100_001);
    expect(tooMany.body.details.fields).toContainEqual({ field: 'points', reason: '单笔最多充值100000快点' });
    const noKey = await hr.client.post('/api/employer/points/recharges', { points: 100, agreed: true });
    expect(noKey.status).toBe(400);
  });

  it('hides another company’s order (404) and lets only its own members close it', async () => {
    const a = await signedIn();
    const b = await signedIn();
    const order = await recharge(a.hr, 100);
    expect((await b.hr.client.get(`/api/employer/points/recharges/${order.body.id}`)).status).toBe(404);
    expect((await b.hr.client.post(`/api/employer/points/recharges/${order.body.id}/close`)).status).toBe(
      404,
    );
    const closed = await a.hr.client.post(`/api/employer/points/recharges/${order.body.id}/close`);
    expect(closed.body).toMatchObject({ state: 'closed' });
    // The cashier refuses a closed order, and the provider will not take it either.
    const pay = await a.hr.client.post(`/api/payments/sandbox/${order.body.outTradeNo}/success`);
    expect(pay.body).toMatchObject({ code: 'INVALID_STATE', message: '该订单已关闭，请重新下单' });
    expect((await a.hr.client.get('/api/employer/points')).body.balance).toBe(0);
  });

  it('closes orders past their expiry, and credits instead one the provider says was paid', async () => {
    const { company, hr } = await signedIn();
    const unpaid = await recharge(hr, 100);
    const paidThere = await recharge(hr, 300);
    // Paid at the provider, but its notice never arrived.
    await sandbox.pay(paidThere.body.outTradeNo);
    const later = new Date(Date.now() + 2 * 3_600_000 + 1000);
    const stillOpen = await closeExpiredOrders(t.app.ctx, { now: new Date() });
    expect(stillOpen).toMatchObject({ failed: 0 });
    expect((await hr.client.get(`/api/employer/points/recharges/${unpaid.body.id}`)).body.state).toBe(
      'created',
    );
    await closeExpiredOrders(t.app.ctx, { now: later });
    expect((await hr.client.get(`/api/employer/points/recharges/${unpaid.body.id}`)).body.state).toBe(
      'closed',
    );
    expect((await hr.client.get(`/api/employer/points/recharges/${paidThere.body.id}`)).body.state).toBe(
      'paid',
    );
    expect(await balanceOf(t.database.db, { kind: 'company_wallet', companyId: company.id })).toBe(300);
    // Another run finds nothing left to close.
    expect(await closeExpiredOrders(t.app.ctx, { now: later })).toEqual({ closed: 0, paid: 0, failed: 0 });
  });

  it('answers 404 on the cashier routes when the provider is not the sandbox', async () => {
    const { hr } = await signedIn();
    const order = await recharge(hr, 100);
    const providers = t.app.ctx.providers;
    const sandboxProvider = providers.payment;
    providers.payment = { ...sandboxProvider, name: 'wechatpay' } as unknown as typeof providers.payment;
    try {
      expect((await hr.client.get(`/api/payments/sandbox/${order.body.outTradeNo}`)).status).toBe(404);
      expect((await hr.client.post(`/api/payments/sandbox/${order.body.outTradeNo}/success`)).status).toBe(
        404,
      );
    } finally {
      providers.payment = sandboxProvider;
    }
    expect((await hr.client.get(`/api/payments/sandbox/${order.body.outTradeNo}`)).status).toBe(200);
  });

  it('取消支付 of an order paid at the provider credits it instead of closing it', async () => {
    const { company, hr } = await signedIn();
    const order = await recharge(hr, 1000);
    await sandbox.pay(order.body.outTradeNo);
    const closed = await hr.client.post(`/api/employer/points/recharges/${order.body.id}/close`);
    expect(closed.body).toMatchObject({ state: 'paid' });
    expect(await balanceOf(t.database.db, { kind: 'company_wallet', companyId: company.id })).toBe(1000);
    const again = await hr.client.post(`/api/employer/points/recharges/${order.body.id}/close`);
    expect(again.body).toMatchObject({ code: 'INVALID_STATE', message: '该订单已支付' });
  });
});
