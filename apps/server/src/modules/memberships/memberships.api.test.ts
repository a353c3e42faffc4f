import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createSignedInEmployer, createSignedInOperator, createTestCompany } from '../../../test/factories';
import { listenTo } from '../../../test/live-events';
import { membershipLeads, notifications, securityEvents } from '../../db/schema';
import { auditLedger, balanceOf } from '../billing/ledger-balances';

// 会员 (seed 002 三、开通/升级会员; issue 12 §6): a company submits its details, an operator follows the
// lead up by telephone and grants VIP or SVIP for a term, which credits the plan's rights.

const LEAD = {
  kind: 'open',
  wantedLevel: 'vip',
  contactName: '张三',
  contactMobile: '13912345678',
  needs: '校招季需要大量下载简历',
};

describe('[EMPLOYER/OPS] 开通会员: lead, follow-up, grant', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('one waiting request per company, the mobile encrypted and masked, the advisor sees it whole (audited)', async () => {
    const company = await createTestCompany(t.database.db);
    const { client: hr } = await createSignedInEmployer(t.app, company.id);
    const { client: operator, account: operatorAccount } = await createSignedInOperator(t.app, {
      loginName: 'ops-membership-1',
      ip: '203.0.113.61',
    });

    const bad = await hr.post('/api/employer/membership/leads', { ...LEAD, contactMobile: '1234' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields[0].field).toBe('contactMobile');

    // Five at once: one lead, four refused with the words the seed uses.
    const sent = await Promise.all(
      Array.from({ length: 5 }, () => hr.post('/api/employer/membership/leads', LEAD)),
    );
    expect(sent.filter((response) => response.status === 200)).toHaveLength(1);
    const refused = sent.find((response) => response.status === 409)!;
    expect(refused.body).toMatchObject({
      code: 'MEMBERSHIP_LEAD_PENDING',
      message: '您已提交过申请，专属顾问将在1个工作日左右电话联系您',
    });
    const rows = await t.database.db
      .select()
      .from(membershipLeads)
      .where(eq(membershipLeads.companyId, company.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.contactMobileEnc).not.toContain('13912345678');
    expect(rows[0]!.contactMobileMasked).toBe('139****5678');

    const mine = await hr.get('/api/employer/membership');
    expect(mine.body).toMatchObject({ current: null, pendingLead: { kind: 'open' } });

    const list = await operator.get(`/api/ops/membership-leads?q=${encodeURIComponent(company.name)}`);
    expect(list.status).toBe(200);
    expect(list.body.items[0]).toMatchObject({
      contactMobile: '139****5678',
      state: 'new',
      company: { id: company.id },
    });
    const detail = await operator.get(`/api/ops/membership-leads/${rows[0]!.id}`);
    expect(detail.body.contactMobile).toBe('13912345678');
    const audits = await t.database.db
      .select()
      .from(securityEvents)
      .where(
        and(eq(securityEvents.kind, 'personal_data_read'), eq(securityEvents.accountId, operatorAccount.id)),
      );
    expect(audits).toHaveLength(1);

    // Another company's HR sees its own (none), and the operators' routes are not theirs.
    const other = await createSignedInEmployer(t.app, (await createTestCompany(t.database.db)).id);
    expect((await other.client.get('/api/employer/membership')).body).toEqual({
      current: null,
      pendingLead: null,
    });
    expect((await other.client.get('/api/ops/membership-leads')).status).toBe(401);
  });

  it('跟进, then 开通 VIP for 12 months: the plan’s rights arrive once, live, and the company is told', async () => {
    const company = await createTestCompany(t.database.db);
    const { client: hr, account: hrAccount } = await createSignedInEmployer(t.app, company.id);
    const { client: operator } = await createSignedInOperator(t.app, {
      loginName: 'ops-membership-2',
      ip: '203.0.113.62',
    });
    await hr.post('/api/employer/membership/leads', { ...LEAD, kind: 'open' });
    const [lead] = await t.database.db
      .select()
      .from(membershipLeads)
      .where(eq(membershipLeads.companyId, company.id));

    const followed = await operator.post(`/api/ops/membership-leads/${lead!.id}/follow-ups`, {
      note: '已电话联系，意向VIP',
    });
    expect(followed.status).toBe(200);
    expect(followed.body).toMatchObject({
      state: 'contacted',
      followUps: [{ byName: '平台审核员', note: '已电话联系，意向VIP' }],
    });
    expect(
      (await operator.post(`/api/ops/membership-leads/${lead!.id}/grant`, { level: 'vip', months: 0 }))
        .status,
    ).toBe(400);

    const live = listenTo(t.app, `company:${company.id}`);
    const granted = await operator.post(`/api/ops/membership-leads/${lead!.id}/grant`, {
      level: 'vip',
      months: 12,
    });
    expect(granted.status).toBe(200);
    expect(granted.body.state).toBe('won');
    await live.waitFor('membership.changed');
    live.stop();

    const mine = await hr.get('/api/employer/membership');
    expect(mine.body.current).toMatchObject({ level: 'vip', label: 'VIP 套餐' });
    expect(mine.body.current.contents).toContainEqual({
      right: 'resume_download',
      label: '简历下载',
      quantity: 300,
    });
    expect(mine.body.pendingLead).toBeNull();
    expect(
      await balanceOf(t.database.db, {
        kind: 'company_right',
        companyId: company.id,
        right: 'resume_download',
      }),
    ).toBe(300);

    // Granting again, or closing a won lead, is refused and changes nothing.
    const again = await operator.post(`/api/ops/membership-leads/${lead!.id}/grant`, {
      level: 'svip',
      months: 12,
    });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('该线索已开通会员，无需再处理');
    expect(
      (await operator.post(`/api/ops/membership-leads/${lead!.id}/close`, { note: '重复' })).status,
    ).toBe(409);
    expect(
      await balanceOf(t.database.db, {
        kind: 'company_right',
        companyId: company.id,
        right: 'resume_download',
      }),
    ).toBe(300);
    expect(await auditLedger(t.database.db)).toEqual({ unbalancedUnits: [], mismatchedAccounts: [] });

    const notices = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.accountId, hrAccount.id));
    expect(notices.map((notice) => notice.title)).toContain('会员已开通');

    // 升级会员 later: a new request is accepted again once the first was decided.
    expect(
      (await hr.post('/api/employer/membership/leads', { ...LEAD, kind: 'upgrade', wantedLevel: 'svip' }))
        .status,
    ).toBe(200);
  });

  it('关闭 ends a lead with the reason in its history', async () => {
    const company = await createTestCompany(t.database.db);
    const { client: hr } = await createSignedInEmployer(t.app, company.id);
    const { client: operator } = await createSignedInOperator(t.app, {
      loginName: 'ops-membership-3',
      ip: '203.0.113.63',
    });
    await hr.post('/api/employer/membership/leads', LEAD);
    const [lead] = await t.database.db
      .select()
      .from(membershipLeads)
      .where(eq(membershipLeads.companyId, company.id));
    expect((await operator.post(`/api/ops/membership-leads/${lead!.id}/close`, { note: '' })).status).toBe(
      400,
    );
    const closed = await operator.post(`/api/ops/membership-leads/${lead!.id}/close`, { note: '暂无预算' });
    expect(closed.body).toMatchObject({ state: 'closed', followUps: [{ note: '关闭：暂无预算' }] });
    expect(
      (await operator.get('/api/ops/membership-leads?state=closed')).body.items.map(
        (l: { id: string }) => l.id,
      ),
    ).toContain(lead!.id);
    expect(
      (await operator.get('/api/ops/membership-leads/00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);
  });
});
