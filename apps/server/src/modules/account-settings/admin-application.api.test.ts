import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createSignedInEmployer, createSignedInOperator, createTestCompany } from '../../../test/factories';
import {
  APPLICANT_PASSWORD,
  companyWithAdmin,
  multipart,
  PNG_BYTES,
  uploadPng,
  wizardBody,
} from '../../../test/factories/onboarding';
import { TestClient } from '../../../test/http-client';
import { accounts, reviewRequests } from '../../db/schema';
import { createStaffAccount } from '../../db/seed/accounts';

const STATUS = '/api/employer/account/admin-application';

describe('[EMPLOYER/OPS] 申请管理员 by a member (seed 002 公司设置 三)', () => {
  let t: TestApp;
  let ops: TestClient;
  beforeAll(async () => {
    t = await buildTestApp();
    ops = (await createSignedInOperator(t.app, { loginName: 'ops.admin-application', ip: '192.0.2.82' }))
      .client;
  });
  afterAll(() => t.close());

  const letter = async (client: TestClient, data = PNG_BYTES, name = '授权书.png', type = 'image/png') => {
    const { payload, headers } = multipart(data, name, type);
    return client.post(`${STATUS}/files`, payload, headers);
  };
  const apply = async (client: TestClient) => {
    const fileId = (await letter(client)).body.fileId as string;
    return client.post(STATUS, { authorisationFileId: fileId });
  };
  const decide = (id: string, decision: 'approve' | 'reject', reason?: string) =>
    ops.post(`/api/ops/reviews/${id}/decision`, { decision, ...(reason ? { reason } : {}) });
  const adminsOf = async (companyId: string) =>
    t.database.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(and(eq(accounts.companyId, companyId), eq(accounts.companyRole, 'admin')));

  it('a member applies once with their own letter; the platform approves and the admins swap', async () => {
    const { company, admin, adminLogin, adminPassword } = await companyWithAdmin(t);
    const adminClient = new TestClient(t.app, '192.0.2.83');
    await adminClient.login('employer', adminLogin, adminPassword);
    const { client: member, account } = await createSignedInEmployer(t.app, company.id);
    const { client: colleague } = await createSignedInEmployer(t.app, company.id);

    expect((await member.get(STATUS)).body).toEqual({
      isAdmin: false,
      currentAdminName: '王管理',
      latest: null,
    });
    expect((await adminClient.get(STATUS)).body).toMatchObject({ isAdmin: true });
    const adminApplies = await apply(adminClient);
    expect(adminApplies.status).toBe(409);
    expect(adminApplies.body.message).toBe('您已是单位管理员，无需申请');

    // Bad letters: a text file, someone else's upload, a public wizard upload without an owner.
    const text = await letter(member, Buffer.from('hello'), 'a.png');
    expect(text.status).toBe(400);
    expect(text.body.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const colleagues = (await letter(colleague)).body.fileId;
    const publicUpload = await uploadPng(new TestClient(t.app, '192.0.2.84'));
    for (const fileId of [colleagues, publicUpload, '00000000-0000-4000-8000-000000000000']) {
      const refused = await member.post(STATUS, { authorisationFileId: fileId });
      expect(refused.status).toBe(400);
      expect(refused.body.details.fields[0]).toMatchObject({ field: 'authorisationFileId' });
    }
    expect((await member.post(STATUS, { authorisationFileId: 'nope' })).status).toBe(400);

    const submitted = await apply(member);
    expect(submitted.status).toBe(200);
    expect(submitted.body.latest).toMatchObject({ state: 'pending', decidedAt: null });
    const second = await apply(member);
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({
      code: 'ADMIN_APPLICATION_PENDING',
      message: '您已提交管理员申请，请等待平台审核',
    });

    // The platform sees it with the letter.
    const requestId = submitted.body.latest.id as string;
    const detail = await ops.get(`/api/ops/reviews/${requestId}`);
    expect(detail.body).toMatchObject({ kind: 'admin_application', company: { currentAdminName: '王管理' } });
    expect((await ops.get(detail.body.files[0].url)).status).toBe(200);

    const approved = await decide(requestId, 'approve');
    expect(approved.status).toBe(200);
    const [now] = await t.database.db.select().from(accounts).where(eq(accounts.id, account.id));
    expect(now).toMatchObject({ companyRole: 'admin', status: 'active', approvalState: 'approved' });
    const [old] = await t.database.db.select().from(accounts).where(eq(accounts.id, admin.id));
    expect(old).toMatchObject({ companyRole: 'member', status: 'active' });
    // Roles are read per request: the live sessions change at once.
    expect((await member.get('/api/employer/join-requests')).status).toBe(200);
    expect((await adminClient.get('/api/employer/join-requests')).status).toBe(403);
    expect((await member.get(STATUS)).body).toMatchObject({ isAdmin: true, latest: { state: 'approved' } });
    expect((await member.get('/api/auth/employer/session')).body.account.companyRole).toBe('admin');
  });

  it('a double submit makes one request; racing approvals of two members leave exactly one admin', async () => {
    const { company } = await companyWithAdmin(t);
    const a = await createSignedInEmployer(t.app, company.id);
    const b = await createSignedInEmployer(t.app, company.id);

    const [fileA1, fileA2] = [(await letter(a.client)).body.fileId, (await letter(a.client)).body.fileId];
    const twice = await Promise.all([
      a.client.post(STATUS, { authorisationFileId: fileA1 }),
      a.client.post(STATUS, { authorisationFileId: fileA2 }),
    ]);
    expect(twice.map((r) => r.status).sort()).toEqual([200, 409]);
    const requests = await t.database.db
      .select()
      .from(reviewRequests)
      .where(eq(reviewRequests.applicantCompanyId, company.id));
    expect(requests).toHaveLength(1);

    const fromB = await apply(b.client);
    const ids = [requests[0]!.id, fromB.body.latest.id as string];
    const decisions = await Promise.all(ids.map((id) => decide(id, 'approve')));
    expect(decisions.map((r) => r.status)).toEqual([200, 200]);
    const admins = await adminsOf(company.id);
    expect(admins).toHaveLength(1);
    expect([a.account.id, b.account.id]).toContain(admins[0]!.id);

    // The same request approved twice at once: decided once.
    const c = await createSignedInEmployer(t.app, company.id);
    const fromC = (await apply(c.client)).body.latest.id as string;
    const same = await Promise.all([decide(fromC, 'approve'), decide(fromC, 'approve')]);
    expect(same.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await adminsOf(company.id)).toEqual([{ id: c.account.id }]);
  });

  it('a refused application leaves the member a member who can still log in, with the reason shown', async () => {
    const { company } = await companyWithAdmin(t);
    const member = await createSignedInEmployer(t.app, company.id);
    const id = (await apply(member.client)).body.latest.id as string;
    expect((await decide(id, 'reject', '授权书未加盖公章')).status).toBe(200);
    expect((await member.client.get(STATUS)).body.latest).toMatchObject({
      state: 'rejected',
      reason: '授权书未加盖公章',
    });
    const [row] = await t.database.db.select().from(accounts).where(eq(accounts.id, member.account.id));
    expect(row).toMatchObject({ companyRole: 'member', status: 'active', approvalState: 'approved' });
    expect(
      (await new TestClient(t.app, '192.0.2.90').login('employer', member.mobile, 'Hr@2026test')).status,
    ).toBe(200);
    // A new application may follow a decided one.
    expect((await apply(member.client)).status).toBe(200);
  });

  it('a member closed while the application waits is not revived as admin', async () => {
    const { company } = await companyWithAdmin(t);
    const member = await createSignedInEmployer(t.app, company.id);
    const id = (await apply(member.client)).body.latest.id as string;
    expect(
      (await member.client.post('/api/employer/account/close', { password: 'Hr@2026test' })).status,
    ).toBe(200);
    const approved = await decide(id, 'approve');
    expect(approved.status).toBe(409);
    expect(approved.body.message).toBe('申请人账号已停用或注销，不能通过该申请');
    const [row] = await t.database.db.select().from(accounts).where(eq(accounts.id, member.account.id));
    expect(row).toMatchObject({ companyRole: 'member', status: 'disabled' });
  });
});

describe('[EMPLOYER] an unverified company and a refused sign-up say so', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('the session tells the console the company is not verified yet', async () => {
    const pending = await createTestCompany(t.app.ctx.db, { verificationState: 'pending', verifiedAt: null });
    const verified = await createTestCompany(t.app.ctx.db);
    const a = await createSignedInEmployer(t.app, pending.id);
    const b = await createSignedInEmployer(t.app, verified.id);
    expect((await a.client.get('/api/auth/employer/session')).body.account.organisation).toMatchObject({
      kind: 'company',
      verificationState: 'pending',
    });
    expect(
      (await b.client.get('/api/auth/employer/session')).body.account.organisation.verificationState,
    ).toBe('verified');
  });

  it('login answers 审核中 for a pending sign-up and gives the reason once it is refused', async () => {
    await createStaffAccount(t.app.ctx, {
      role: 'operator',
      loginName: 'ops.login-reason',
      displayName: '平台审核员',
      password: 'Operator#2026',
    });
    const ops = new TestClient(t.app, '192.0.2.91');
    await ops.login('ops', 'ops.login-reason', 'Operator#2026');
    const { mobile, body } = await wizardBody(t, 'new_company');
    const registered = await new TestClient(t.app, '192.0.2.92').post(
      '/api/public/employer-registration',
      body,
    );
    expect(registered.status).toBe(200);
    const login = () => new TestClient(t.app, '192.0.2.93').login('employer', mobile, APPLICANT_PASSWORD);

    const pending = await login();
    expect(pending.status).toBe(403);
    expect(pending.body).toMatchObject({
      code: 'ACCOUNT_PENDING',
      message: '您的申请正在审核中，审核通过后即可登录',
    });
    // The wrong password says nothing about the application.
    const wrong = await new TestClient(t.app, '192.0.2.94').login('employer', mobile, 'Wrong#2026ok');
    expect(wrong.body.code).toBe('LOGIN_FAILED');

    const decided = await ops.post(`/api/ops/reviews/${registered.body.requestId}/decision`, {
      decision: 'reject',
      reason: '营业执照信息不清晰',
    });
    expect(decided.status).toBe(200);
    const rejected = await login();
    expect(rejected.status).toBe(403);
    expect(rejected.body).toMatchObject({
      code: 'ACCOUNT_REJECTED',
      message: '您的申请未通过审核，原因：营业执照信息不清晰。如有疑问请联系平台',
    });
  });
});
