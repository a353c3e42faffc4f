import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createRechargeOrder, createSignedInOperator } from '../../../test/factories';
import type { PaymentCallbackInput } from '../../providers/payment/payment-provider';
import type { SandboxPaymentProvider } from '../../providers/payment/sandbox-payment-provider';
import { auditLedger, balanceOf } from './ledger-balances';
import { postLedgerRequest } from './post-ledger-request';

describe('订单管理 (/api/ops/orders)', () => {
  let t: TestApp;
  let ops: Awaited<ReturnType<typeof createSignedInOperator>>;
  beforeAll(async () => {
    t = await buildTestApp();
    ops = await createSignedInOperator(t.app, { loginName: 'orders-ops', ip: '198.51.100.201' });
  });
  afterAll(() => t.close());

  const paidOrder = (points: number) => createRechargeOrder(t.app, { points, paid: true });

  it('lists orders by 订单号 or company name and state, and refunds a paid one once', async () => {
    const { company, hr, order, wallet } = await paidOrder(300);
    const byNumber = await ops.client.get(`/api/ops/orders?q=${order.outTradeNo}`);
    expect(byNumber.body).toMatchObject({ total: 1 });
    expect(byNumber.body.items[0]).toMatchObject({
      outTradeNo: order.outTradeNo,
      companyName: company.name,
      state: 'paid',
      amountFen: 30_000,
      operatorName: hr.account.displayName,
    });
    const byName = await ops.client.get(`/api/ops/orders?q=${encodeURIComponent(company.name)}&state=paid`);
    expect(byName.body.items.map((item: { id: string }) => item.id)).toEqual([order.id]);
    expect(
      (await ops.client.get(`/api/ops/orders?q=${encodeURIComponent(company.name)}&state=closed`)).body.total,
    ).toBe(0);

    const moneyBefore = await balanceOf(t.database.db, { kind: 'money_received' });
    const refunded = await ops.client.post(`/api/ops/orders/${order.id}/refund`, { reason: '重复充值' });
    expect(refunded.status).toBe(200);
    expect(refunded.body).toMatchObject({ state: 'refunded', refundReason: '重复充值' });
    expect(await wallet()).toBe(0);
    expect(await balanceOf(t.database.db, { kind: 'money_received' })).toBe(moneyBefore - 30_000);
    const again = await ops.client.post(`/api/ops/orders/${order.id}/refund`, { reason: '重复充值' });
    expect(again.body).toMatchObject({ code: 'INVALID_STATE', message: '只有已支付的订单可以退款' });
    expect(await wallet()).toBe(0);
    // The company's 充值记录 still shows it, as refunded.
    const statement = await hr.client.get('/api/employer/points/statement?kind=recharge');
    expect(statement.body.items[0]).toMatchObject({ id: order.id, state: 'refunded' });
    const consumption = await hr.client.get('/api/employer/points/statement?kind=consumption');
    expect(consumption.body.items[0]).toMatchObject({
      purposeLabel: '充值退款',
      points: 300,
      balanceAfter: 0,
    });
    expect(await auditLedger(t.database.db)).toEqual({ unbalancedUnits: [], mismatchedAccounts: [] });
  });

  it('refuses to refund 快点 the company already spent, and asks for a reason', async () => {
    const { company, order, wallet } = await paidOrder(100);
    await t.database.db.transaction((tx) =>
      postLedgerRequest(tx, {
        key: `spend-${company.id}`,
        purpose: 'package_purchase',
        reference: 'test',
        legs: [
          {
            from: { kind: 'company_wallet', companyId: company.id },
            to: { kind: 'points_earned' },
            amount: 40,
          },
        ],
      }),
    );
    const refused = await ops.client.post(`/api/ops/orders/${order.id}/refund`, { reason: '客户申请' });
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual({
      code: 'INSUFFICIENT_POINTS',
      message: '该单位已使用部分快点，当前余额60快点，不足本订单的100快点，无法退款',
    });
    expect(await wallet()).toBe(60);
    const list = await ops.client.get(`/api/ops/orders?q=${order.outTradeNo}`);
    expect(list.body.items[0].state).toBe('paid');
    const noReason = await ops.client.post(`/api/ops/orders/${order.id}/refund`, { reason: ' ' });
    expect(noReason.body.details.fields).toContainEqual({ field: 'reason', reason: '请填写退款原因' });
  });

  it('gives back a payment that arrived after its order was closed, without touching the ledger', async () => {
    const { company, hr, order: created } = await createRechargeOrder(t.app, { points: 200, paid: false });
    const sandbox = t.app.ctx.providers.payment as SandboxPaymentProvider;
    const notice = await sandbox.pay(created.outTradeNo);
    await t.database.db.execute(
      sql`UPDATE payment_orders SET state = 'closed', closed_at = now() WHERE id = ${created.id}`,
    );
    await t.app.inject({
      method: 'POST',
      url: '/api/payments/notify/sandbox',
      headers: notice.headers as Record<string, string>,
      payload: notice.rawBody,
    });
    const listed = await ops.client.get(`/api/ops/orders?q=${created.outTradeNo}`);
    expect(listed.body.items[0]).toMatchObject({ state: 'closed' });
    expect(listed.body.items[0].paidAt).not.toBeNull();
    const moneyBefore = await balanceOf(t.database.db, { kind: 'money_received' });
    const refunded = await ops.client.post(`/api/ops/orders/${created.id}/refund`, {
      reason: '订单关闭后支付',
    });
    expect(refunded.body).toMatchObject({ state: 'refunded', refundReason: '订单关闭后支付' });
    expect(await balanceOf(t.database.db, { kind: 'company_wallet', companyId: company.id })).toBe(0);
    expect(await balanceOf(t.database.db, { kind: 'money_received' })).toBe(moneyBefore);
    expect((await sandbox.queryOrder(created.outTradeNo)).state).toBe('REFUND');
    // A closed order nobody paid has nothing to give back.
    const unpaid = await hr.client.post(
      '/api/employer/points/recharges',
      { points: 100, agreed: true },
      { 'idempotency-key': randomUUID() },
    );
    await hr.client.post(`/api/employer/points/recharges/${unpaid.body.id}/close`);
    const refused = await ops.client.post(`/api/ops/orders/${unpaid.body.id}/refund`, { reason: '无' });
    expect(refused.body).toMatchObject({ code: 'INVALID_STATE', message: '只有已支付的订单可以退款' });
  });

  it('is for operators only', async () => {
    const { hr, order } = await paidOrder(100);
    expect((await hr.client.get('/api/ops/orders')).status).toBe(401);
    expect((await hr.client.post(`/api/ops/orders/${order.id}/refund`, { reason: 'x' })).status).toBe(401);
    expect((await ops.client.get('/api/employer/points')).status).toBe(401);
    expect((await ops.client.post(`/api/ops/orders/${randomUUID()}/refund`, { reason: 'x' })).status).toBe(
      404,
    );
  });

  describe('refund notices (REFUND.SUCCESS / ABNORMAL / CLOSED)', () => {
    const sandbox = () => t.app.ctx.providers.payment as SandboxPaymentProvider;
    const deliver = (callback: PaymentCallbackInput) =>
      t.app.inject({
        method: 'POST',
        url: '/api/payments/notify/sandbox',
        headers: callback.headers as Record<string, string>,
        payload: callback.rawBody,
      });
    const listed = async (outTradeNo: string) =>
      (await ops.client.get(`/api/ops/orders?q=${outTradeNo}`)).body.items[0];
    /** A paid order refunded while the provider answers PROCESSING, as WeChat Pay does. */
    const refundedProcessing = async () => {
      const paid = await paidOrder(100);
      sandbox().refundAnswer = 'PROCESSING';
      try {
        const refunded = await ops.client.post(`/api/ops/orders/${paid.order.id}/refund`, {
          reason: '客户申请',
        });
        expect(refunded.body).toMatchObject({
          state: 'refunded',
          refundStatus: 'processing',
          refundSettledAt: null,
        });
      } finally {
        sandbox().refundAnswer = 'SUCCESS';
      }
      return paid;
    };

    it('the sandbox refunds at once: 已退款 with its time', async () => {
      const { order } = await paidOrder(100);
      const refunded = await ops.client.post(`/api/ops/orders/${order.id}/refund`, { reason: '重复充值' });
      expect(refunded.body).toMatchObject({ refundStatus: 'success' });
      expect(refunded.body.refundSettledAt).not.toBeNull();
    });

    it('moves processing → success once, however often the notice comes', async () => {
      const { order, wallet } = await refundedProcessing();
      const notice = await sandbox().refundNotice(order.outTradeNo, 'SUCCESS');
      expect((await deliver(notice)).statusCode).toBe(204);
      const first = await listed(order.outTradeNo);
      expect(first).toMatchObject({ state: 'refunded', refundStatus: 'success' });
      expect(first.refundSettledAt).not.toBeNull();
      for (let i = 0; i < 9; i += 1) expect((await deliver(notice)).statusCode).toBe(204);
      // Fresh notices of the same outcome, and a late ABNORMAL, change nothing either.
      await deliver(await sandbox().refundNotice(order.outTradeNo, 'SUCCESS'));
      expect((await deliver(await sandbox().refundNotice(order.outTradeNo, 'ABNORMAL'))).statusCode).toBe(
        204,
      );
      expect(await listed(order.outTradeNo)).toEqual(first);
      expect(await wallet()).toBe(0);
      expect(await auditLedger(t.database.db)).toEqual({ unbalancedUnits: [], mismatchedAccounts: [] });
    });

    it('records ABNORMAL (a person handles it in the merchant platform), then its later SUCCESS', async () => {
      const { order } = await refundedProcessing();
      expect((await deliver(await sandbox().refundNotice(order.outTradeNo, 'ABNORMAL'))).statusCode).toBe(
        204,
      );
      const abnormal = await listed(order.outTradeNo);
      expect(abnormal).toMatchObject({ state: 'refunded', refundStatus: 'abnormal' });
      expect(abnormal.refundSettledAt).not.toBeNull();
      const abnormalOnly = await ops.client.get('/api/ops/orders?state=refunded&size=100');
      expect(abnormalOnly.body.items.find((item: { id: string }) => item.id === order.id)).toMatchObject({
        refundStatus: 'abnormal',
      });
      expect((await deliver(await sandbox().refundNotice(order.outTradeNo, 'SUCCESS'))).statusCode).toBe(204);
      expect(await listed(order.outTradeNo)).toMatchObject({ refundStatus: 'success' });
    });

    it('changes nothing for another amount, another refund number, an order never refunded or unknown', async () => {
      const { order } = await refundedProcessing();
      const otherAmount = await deliver(
        await sandbox().refundNotice(order.outTradeNo, 'SUCCESS', { refundFen: 1 }),
      );
      expect(otherAmount.statusCode).toBe(409);
      expect(otherAmount.json()).toMatchObject({ code: 'PAYMENT_AMOUNT_MISMATCH' });
      const otherNumber = await deliver(
        await sandbox().refundNotice(order.outTradeNo, 'SUCCESS', { outRefundNo: `RX${order.outTradeNo}` }),
      );
      expect(otherNumber.statusCode).toBe(204);
      expect(await listed(order.outTradeNo)).toMatchObject({
        refundStatus: 'processing',
        refundSettledAt: null,
      });

      const { order: notRefunded } = await paidOrder(100);
      const notOurs = sandbox().sign({
        id: randomUUID(),
        event_type: 'REFUND.SUCCESS',
        out_trade_no: notRefunded.outTradeNo,
        transaction_id: 'SANDBOX-X',
        out_refund_no: `RF${notRefunded.outTradeNo.slice(2)}`,
        refund_id: 'SANDBOX-R-X',
        refund_status: 'SUCCESS',
        refund_fen: 10_000,
        total_fen: 10_000,
      });
      expect((await deliver(notOurs)).statusCode).toBe(204);
      expect(await listed(notRefunded.outTradeNo)).toMatchObject({
        state: 'paid',
        refundStatus: null,
        refundSettledAt: null,
      });
      const unknown = sandbox().sign({
        id: randomUUID(),
        event_type: 'REFUND.SUCCESS',
        out_trade_no: 'OR-NONE',
        transaction_id: 'SANDBOX-X',
        out_refund_no: 'RF-NONE',
        refund_id: 'SANDBOX-R-X',
        refund_status: 'SUCCESS',
        refund_fen: 1,
        total_fen: 1,
      });
      expect((await deliver(unknown)).statusCode).toBe(404);
    });
  });
});
