import { desc, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { TestClient } from '../../../test/http-client';
import { mailOutbox, paymentOrders } from '../schema';
import { DEMO } from './demo-accounts';
import { seedDemoDataIfEmpty } from './seed-demo';

// Issue 12 §9 in the demo data: an issued invoice (mailed) and a 专票 request waiting in 发票管理.

describe('demo data: 开具发票 of the demo company', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
    await seedDemoDataIfEmpty(t.app.ctx);
  }, 180_000);
  afterAll(() => t.close());

  it('shows an issued and mailed 普票, a 专票 waiting for the operator, and one order still 可开票', async () => {
    const admin = new TestClient(t.app);
    await admin.login('employer', DEMO.employerAdmin.loginName, DEMO.employerAdmin.password);
    const list = await admin.get('/api/employer/invoices');
    expect(list.body.items).toHaveLength(2);
    const [waiting, sent] = list.body.items;
    expect(waiting).toMatchObject({ kind: 'special', state: 'requested', amountFen: 200_000 });
    expect(sent).toMatchObject({ kind: 'normal', state: 'sent', amountFen: 100_000, hasFile: true });
    const pdf = await admin.get(`/api/employer/invoices/${sent.id}/file`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(String(pdf.body)).toMatch(/^%PDF-1\.4[\s\S]*SAMPLE, not a real invoice[\s\S]*%%EOF\n$/);
    const options = await admin.get('/api/employer/invoices/options');
    expect(options.body.orders).toHaveLength(1);
    expect(options.body.buyerTaxNo).toBe('91310115MA1K3BTP2B');

    const mails = await t.database.db.select().from(mailOutbox);
    expect(mails.map((mail) => mail.subject)).toContain(`【开放招聘】电子发票 ${sent.invoiceNo}`);

    const ops = new TestClient(t.app);
    await ops.login('ops', DEMO.operator.loginName, DEMO.operator.password);
    const queue = await ops.get('/api/ops/reviews?kind=invoice&state=pending');
    expect(queue.body.items.map((item: { subjectId: string }) => item.subjectId)).toEqual([waiting.id]);

    // The sandbox's books hold the demo's payments: 对账 of the latest recharge's day matches.
    const [latest] = await t.database.db
      .select({ paidAt: paymentOrders.paidAt })
      .from(paymentOrders)
      .orderBy(desc(paymentOrders.paidAt))
      .where(isNotNull(paymentOrders.paidAt))
      .limit(1);
    const day = new Date(latest!.paidAt!.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const report = await ops.post('/api/ops/orders/reconciliation', { date: day });
    expect(report.body).toMatchObject({ billRows: 1, matched: 1, mismatches: [] });
  });
});
