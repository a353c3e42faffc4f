import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { TestClient } from '../../../test/http-client';
import { auditLedger } from '../../modules/billing/ledger-balances';
import { mailOutbox, membershipLeads, paymentOrders } from '../schema';
import { DEMO } from './demo-accounts';
import { seedDemoDataIfEmpty } from './seed-demo';

type Rights = {
  points: number;
  rights: { right: string; remaining: number; used: number }[];
  membership: unknown;
};
type Usage = { items: { right: string; quantity: number; usedBy: string | null; target: string }[] };

// Issue 12 §7 and §9 in the demo data: the demo company's 置顶 and 邀约 were paid with its rights
// (使用记录 shows them), a second verified company signs in with an empty wallet, and the demo
// company has an issued (mailed) invoice and a 专票 request waiting in 发票管理 (§4).

describe('demo data: 道具商城 of the demo company and of a company with an empty wallet', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
    await seedDemoDataIfEmpty(t.app.ctx);
  }, 180_000);
  afterAll(() => t.close());

  const rightOf = (body: Rights, right: string) => body.rights.find((r) => r.right === right)!;

  it('the demo company’s pins and invitations used 职位置顶 and 人才邀约, and 使用记录 names them', async () => {
    const admin = new TestClient(t.app);
    await admin.login('employer', DEMO.employerAdmin.loginName, DEMO.employerAdmin.password);
    const mine = (await admin.get('/api/employer/mall/rights')).body as Rights;
    // Two pins of 15 days; four invitations of students and one of the demo seeker.
    expect(rightOf(mine, 'job_pin').used).toBe(30);
    expect(rightOf(mine, 'job_pin').remaining).toBeGreaterThan(0);
    expect(rightOf(mine, 'talent_invitation').used).toBe(5);
    expect(rightOf(mine, 'talent_invitation').remaining).toBeGreaterThan(0);
    const pins = (await admin.get('/api/employer/mall/usage?right=job_pin')).body as Usage;
    expect(pins.items).toHaveLength(2);
    for (const use of pins.items)
      expect(use).toMatchObject({ quantity: 15, usedBy: DEMO.employerAdmin.displayName, target: /^职位：/ });
    const invitations = (await admin.get('/api/employer/mall/usage?right=talent_invitation')).body as Usage;
    expect(invitations.items).toHaveLength(5);
    for (const use of invitations.items)
      expect(use).toMatchObject({
        quantity: 1,
        usedBy: DEMO.employerAdmin.displayName,
        target: /^简历：.(先生|女士)（职位：.+）$/,
      });
    expect(await auditLedger(t.database.db)).toEqual({ unbalancedUnits: [], mismatchedAccounts: [] });
  });

  it('the second company’s admin signs in: 0 快点, no rights, no membership and no lead', async () => {
    const client = new TestClient(t.app);
    const login = await client.login(
      'employer',
      DEMO.emptyWalletAdmin.loginName,
      DEMO.emptyWalletAdmin.password,
    );
    expect(login.status).toBe(200);
    expect(login.body.account).toMatchObject({
      displayName: DEMO.emptyWalletAdmin.displayName,
      companyRole: 'admin',
      organisation: { kind: 'company', verificationState: 'verified' },
    });
    const mine = (await client.get('/api/employer/mall/rights')).body as Rights;
    expect(mine.points).toBe(0);
    expect(mine.membership).toBeNull();
    for (const right of mine.rights) expect(right).toMatchObject({ remaining: 0, used: 0 });
    expect((await client.get('/api/employer/mall/usage')).body).toMatchObject({ items: [], total: 0 });
    const leads = await t.database.db
      .select()
      .from(membershipLeads)
      .where(eq(membershipLeads.companyId, login.body.account.organisation.id));
    expect(leads).toEqual([]);
  });

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
    // And the sandbox refunds a demo recharge (its books were read again after the demo loaded).
    const [order] = await t.database.db
      .select({ id: paymentOrders.id })
      .from(paymentOrders)
      .where(
        and(
          isNull(paymentOrders.invoiceId),
          eq(paymentOrders.state, 'paid'),
          eq(paymentOrders.purpose, 'recharge'),
        ),
      )
      .orderBy(desc(paymentOrders.paidAt))
      .limit(1);
    const refunded = await ops.post(`/api/ops/orders/${order!.id}/refund`, { reason: '演示退款' });
    expect(refunded.body).toMatchObject({ state: 'refunded', refundStatus: 'success' });
  });
});
