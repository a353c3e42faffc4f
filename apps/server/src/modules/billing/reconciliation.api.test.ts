import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createSignedInEmployer, createSignedInOperator, createTestCompany } from '../../../test/factories';
import { shanghaiDate } from '../../lib/shanghai-time';
import type { SandboxPaymentProvider } from '../../providers/payment/sandbox-payment-provider';
import { auditLedger, balanceOf } from './ledger-balances';
import { settleOrderPayment } from './settle-order-payment';

// 对账 (issue 12 §3): the day's trade bill from the (sandbox) provider against the orders and the
// ledger; a payment the provider took but we never credited is found and credited once.

describe('对账 (POST /api/ops/orders/reconciliation)', () => {
  let t: TestApp;
  let ops: Awaited<ReturnType<typeof createSignedInOperator>>;
  beforeAll(async () => {
    t = await buildTestApp();
    ops = await createSignedInOperator(t.app, { loginName: 'reconcile-ops', ip: '198.51.100.211' });
  });
  afterAll(() => t.close());

  const order = async (points: number) => {
    const company = await createTestCompany(t.database.db);
    const hr = await createSignedInEmployer(t.app, company.id);
    const created = await hr.client.post(
      '/api/employer/points/recharges',
      { points, agreed: true },
      { 'idempotency-key': randomUUID() },
    );
    const wallet = () => balanceOf(t.database.db, { kind: 'company_wallet', companyId: company.id });
    return { company, order: created.body as { id: string; outTradeNo: string }, wallet };
  };

  it('matches a paid order, credits one whose notice never came (once), and reports a credit the bill lacks', async () => {
    const sandbox = t.app.ctx.providers.payment as SandboxPaymentProvider;
    const today = shanghaiDate();

    const paid = await order(100);
    await ops.client.post(`/api/payments/sandbox/${paid.order.outTradeNo}/success`);
    // Paid at the provider, its notice lost: not credited.
    const lost = await order(200);
    sandbox.pay(lost.order.outTradeNo);
    expect(await lost.wallet()).toBe(0);
    // Credited by us, while the provider has no payment for it.
    const phantom = await order(300);
    await settleOrderPayment(t.app.ctx, {
      outTradeNo: phantom.order.outTradeNo,
      amountFen: 30_000,
      transactionId: 'X1',
    });

    const first = await ops.client.post('/api/ops/orders/reconciliation', { date: today });
    expect(first.status).toBe(200);
    const ours = (report: { mismatches: { kind: string; outTradeNo: string }[] }) =>
      report.mismatches.filter((m) => [paid, lost, phantom].some((o) => o.order.outTradeNo === m.outTradeNo));
    expect(ours(first.body)).toEqual([
      {
        kind: 'paid_not_credited',
        outTradeNo: lost.order.outTradeNo,
        orderId: lost.order.id,
        companyName: lost.company.name,
        billFen: 20_000,
        orderFen: null,
        resolution: 'credited_now',
      },
      expect.objectContaining({
        kind: 'credited_not_paid',
        outTradeNo: phantom.order.outTradeNo,
        resolution: 'open',
      }),
    ]);
    expect(await lost.wallet()).toBe(200);
    expect(await paid.wallet()).toBe(100);

    // Run again: the lost payment now matches, nothing is credited twice.
    const second = await ops.client.post('/api/ops/orders/reconciliation', { date: today });
    expect(ours(second.body).map((m) => m.kind)).toEqual(['credited_not_paid']);
    expect(await lost.wallet()).toBe(200);
    expect(await auditLedger(t.database.db)).toEqual({ unbalancedUnits: [], mismatchedAccounts: [] });

    expect((await ops.client.post('/api/ops/orders/reconciliation', { date: '2026-13-01' })).status).toBe(
      400,
    );
  });
});
