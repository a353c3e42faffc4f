import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { findAccountByLogin } from '../../../test/factories';
import { APPLICANT_PASSWORD, companyWithAdmin, wizardBody } from '../../../test/factories/onboarding';
import { TestClient } from '../../../test/http-client';
import { companyJoinRequests } from '../../db/schema';

describe('[PUBLIC/EMPLOYER] 申请加入公司, decided by the company admin (issue 5, seed 002)', () => {
  let t: TestApp;
  let client: TestClient;
  beforeAll(async () => {
    t = await buildTestApp();
    client = new TestClient(t.app, '192.0.2.61');
  });
  afterAll(() => t.close());

  const accountOf = (mobile: string) => findAccountByLogin(t.app, mobile);
  const register = (body: unknown) => client.post('/api/public/employer-registration', body);
  const loginAs = (mobile: string, password = APPLICANT_PASSWORD) =>
    new TestClient(t.app, '192.0.2.63').login('employer', mobile, password);

  it('lets the company admin approve and reject joiners; an HR member cannot, another company gets 404', async () => {
    const { company, adminLogin, adminPassword } = await companyWithAdmin(t);
    const admin = new TestClient(t.app, '192.0.2.64');
    expect((await admin.login('employer', adminLogin, adminPassword)).status).toBe(200);

    const first = await wizardBody(t, 'join', { companyCode: company.code });
    const joined = await register(first.body);
    expect(joined.status).toBe(200);
    expect((await accountOf(first.mobile))!).toMatchObject({
      companyRole: 'member',
      approvalState: 'pending',
    });
    expect((await loginAs(first.mobile)).body.code).toBe('ACCOUNT_PENDING');
    const second = await wizardBody(t, 'join', { companyCode: company.code });
    const secondId = (await register(second.body)).body.requestId;

    const list = await admin.get('/api/employer/join-requests?state=pending');
    expect(list.status).toBe(200);
    expect(list.body.items.map((r: { id: string }) => r.id).sort()).toEqual(
      [joined.body.requestId, secondId].sort(),
    );
    expect(list.body.items[0].applicant.department).toBe('人力资源部');

    const other = await companyWithAdmin(t);
    const otherAdmin = new TestClient(t.app, '192.0.2.65');
    await otherAdmin.login('employer', other.adminLogin, other.adminPassword);
    const foreign = await otherAdmin.post(`/api/employer/join-requests/${joined.body.requestId}/decision`, {
      decision: 'approve',
    });
    expect(foreign.status).toBe(404);

    const approved = await admin.post(`/api/employer/join-requests/${joined.body.requestId}/decision`, {
      decision: 'approve',
    });
    expect(approved.status).toBe(200);
    expect(approved.body.state).toBe('approved');
    expect(t.sms.sent.at(-1)).toMatchObject({ mobile: first.mobile });

    const member = new TestClient(t.app, '192.0.2.66');
    expect((await member.login('employer', first.mobile, APPLICANT_PASSWORD)).status).toBe(200);
    const forbidden = await member.post(`/api/employer/join-requests/${secondId}/decision`, {
      decision: 'approve',
    });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.code).toBe('FORBIDDEN');
    expect((await member.get('/api/employer/join-requests')).status).toBe(403);

    const rejected = await admin.post(`/api/employer/join-requests/${secondId}/decision`, {
      decision: 'reject',
      reason: '本单位无此员工',
    });
    expect(rejected.status).toBe(200);
    expect((await accountOf(second.mobile))!).toMatchObject({
      status: 'disabled',
      approvalState: 'rejected',
    });
    expect(
      (await admin.post(`/api/employer/join-requests/${secondId}/decision`, { decision: 'approve' })).status,
    ).toBe(409);
    const [row] = await t.database.db
      .select()
      .from(companyJoinRequests)
      .where(eq(companyJoinRequests.id, secondId));
    expect(row!.reason).toBe('本单位无此员工');
  });
});
