import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import {
  createRechargeOrder,
  createSignedInEmployer,
  createSignedInOperator,
  createTestCompany,
} from '../../../test/factories';
import { securityEvents } from '../../db/schema';
import { shanghaiDate } from '../../lib/shanghai-time';
import type { SandboxPaymentProvider } from '../../providers/payment/sandbox-payment-provider';
import { auditLedger } from './ledger-balances';
import { reconcileTradeBill } from './reconcile-trade-bill';
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

  const order = (points: number) => createRechargeOrder(t.app, { points, paid: false });

  it('matches a paid order, credits one whose notice never came (once), and reports a credit the bill lacks', async () => {
    const sandbox = t.app.ctx.providers.payment as SandboxPaymentProvider;
    const today = shanghaiDate();

    const paid = await order(100);
    await ops.client.post(`/api/payments/sandbox/${paid.order.outTradeNo}/success`);
    // Paid at the provider, its notice lost: not credited.
    const lost = await order(200);
    await sandbox.pay(lost.order.outTradeNo);
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

  it('keeps every run: 对账记录 pages newest first (系统 for the daily job), 查看 answers the report as it was', async () => {
    const today = shanghaiDate();
    const phantom = await order(400);
    await settleOrderPayment(t.app.ctx, {
      outTradeNo: phantom.order.outTradeNo,
      amountFen: 40_000,
      transactionId: 'X2',
    });
    const byOperator = await ops.client.post('/api/ops/orders/reconciliation', { date: today });
    expect(byOperator.body.id).toMatch(/^[0-9a-f-]{36}$/);
    const byJob = await reconcileTradeBill(t.app.ctx, { date: '2026-01-05' });

    const list = await ops.client.get('/api/ops/orders/reconciliation?pageSize=2');
    expect(list.status).toBe(200);
    expect(list.body.page).toBe(1);
    expect(list.body.pageSize).toBe(2);
    // The first test ran twice, this one twice more.
    expect(list.body.total).toBe(4);
    expect(list.body.items).toEqual([
      {
        id: byJob.id,
        billDate: '2026-01-05',
        provider: 'sandbox',
        billRows: 0,
        matched: 0,
        mismatchCount: 0,
        runByName: '系统',
        createdAt: expect.any(String),
      },
      {
        id: byOperator.body.id,
        billDate: today,
        provider: 'sandbox',
        billRows: byOperator.body.billRows,
        matched: byOperator.body.matched,
        mismatchCount: byOperator.body.mismatches.length,
        runByName: ops.account.displayName,
        createdAt: expect.any(String),
      },
    ]);
    const second = await ops.client.get('/api/ops/orders/reconciliation?pageSize=2&page=2');
    expect(second.body.items).toHaveLength(2);
    expect(second.body.items.every((run: { billDate: string }) => run.billDate === today)).toBe(true);
    const january = await ops.client.get('/api/ops/orders/reconciliation?from=2026-01-01&to=2026-01-31');
    expect(january.body.items.map((run: { id: string }) => run.id)).toEqual([byJob.id]);
    expect((await ops.client.get(`/api/ops/orders/reconciliation?from=${today}`)).body.total).toBe(3);

    const detail = await ops.client.get(`/api/ops/orders/reconciliation/${byOperator.body.id}/report`);
    expect(detail.status).toBe(200);
    expect(detail.body).toEqual(byOperator.body);
    const missing = await ops.client.get(`/api/ops/orders/reconciliation/${randomUUID()}/report`);
    expect(missing.body).toMatchObject({ code: 'NOT_FOUND', message: '对账记录不存在' });
    expect((await ops.client.get('/api/ops/orders/reconciliation/not-an-id/report')).status).toBe(400);
    expect((await ops.client.get('/api/ops/orders/reconciliation?from=2026-02-30')).status).toBe(400);
  });

  it('导出Excel: 汇总 and 差异明细 in the page’s words, and the export is audited', async () => {
    const today = shanghaiDate();
    const phantom = await order(500);
    await settleOrderPayment(t.app.ctx, {
      outTradeNo: phantom.order.outTradeNo,
      amountFen: 50_000,
      transactionId: 'X3',
    });
    const run = await ops.client.post('/api/ops/orders/reconciliation', { date: today });
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/ops/orders/reconciliation/${run.body.id}/export`,
      headers: { cookie: [...ops.client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain(encodeURIComponent(`对账-${today}-`));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['汇总', '差异明细']);
    const values = (sheet: ExcelJS.Worksheet, row: number) =>
      (sheet.getRow(row).values as unknown[]).slice(1);
    const summary = workbook.getWorksheet('汇总')!;
    expect(values(summary, 1)).toEqual([
      '日期',
      '支付渠道',
      '账单笔数',
      '已核对',
      '差异笔数',
      '对账时间',
      '对账人',
    ]);
    expect(values(summary, 2)).toEqual([
      today,
      '沙箱',
      run.body.billRows,
      run.body.matched,
      run.body.mismatches.length,
      expect.stringMatching(new RegExp(`^${today} \\d{2}:\\d{2}:\\d{2}$`)),
      '平台审核员',
    ]);
    const details = workbook.getWorksheet('差异明细')!;
    expect(values(details, 1)).toEqual([
      '差异类型',
      '订单号',
      '单位',
      '账单金额（元）',
      '平台金额（元）',
      '处理结果',
    ]);
    expect(details.rowCount - 1).toBe(run.body.mismatches.length);
    const phantomRow = details
      .getRows(2, details.rowCount - 1)!
      .map((row) => (row.values as unknown[]).slice(1))
      .find((cells) => cells[1] === phantom.order.outTradeNo);
    expect(phantomRow).toEqual([
      '已入账未支付',
      phantom.order.outTradeNo,
      phantom.company.name,
      '—',
      '500.00',
      '待人工核查',
    ]);
    const audited = await t.database.db
      .select()
      .from(securityEvents)
      .where(
        and(eq(securityEvents.kind, 'reconciliation_exported'), eq(securityEvents.accountId, ops.account.id)),
      );
    expect(audited).toHaveLength(1);
    expect(audited[0]!.detail).toMatchObject({ reportId: run.body.id, date: today });

    const missing = await ops.client.get(`/api/ops/orders/reconciliation/${randomUUID()}/export`);
    expect(missing.status).toBe(404);
  });

  it('is for operators only: an employer’s session gets 401 on every 对账 route', async () => {
    const company = await createTestCompany(t.database.db);
    const hr = await createSignedInEmployer(t.app, company.id);
    const run = await reconcileTradeBill(t.app.ctx, { date: '2026-01-06' });
    for (const url of [
      '/api/ops/orders/reconciliation',
      `/api/ops/orders/reconciliation/${run.id}/report`,
      `/api/ops/orders/reconciliation/${run.id}/export`,
    ]) {
      expect((await hr.client.get(url)).status).toBe(401);
    }
    expect((await hr.client.post('/api/ops/orders/reconciliation', { date: '2026-01-06' })).status).toBe(401);
  });
});
