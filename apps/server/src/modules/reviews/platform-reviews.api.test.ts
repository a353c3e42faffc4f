import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createSignedInOperator, findAccountByLogin } from '../../../test/factories';
import {
  APPLICANT_PASSWORD,
  companyWithAdmin,
  createUniversity,
  PNG_BYTES,
  uploadPng,
  wizardBody,
} from '../../../test/factories/onboarding';
import { TestClient } from '../../../test/http-client';
import { accounts, companies, reviewRequests } from '../../db/schema';

describe('[PUBLIC/OPS] the platform reviews sign-ups (issue 5, seed 002 平台认证)', () => {
  let t: TestApp;
  let client: TestClient;
  let ops: TestClient;
  beforeAll(async () => {
    t = await buildTestApp();
    client = new TestClient(t.app, '192.0.2.61');
    ops = (await createSignedInOperator(t.app, { loginName: 'ops.onboarding', ip: '192.0.2.62' })).client;
  });
  afterAll(() => t.close());

  const accountOf = (mobile: string) => findAccountByLogin(t.app, mobile);
  const register = (body: unknown) => client.post('/api/public/employer-registration', body);
  const decide = (id: string, decision: 'approve' | 'reject', reason?: string) =>
    ops.post(`/api/ops/reviews/${id}/decision`, { decision, ...(reason ? { reason } : {}) });
  const loginAs = (mobile: string, password = APPLICANT_PASSWORD) =>
    new TestClient(t.app, '192.0.2.63').login('employer', mobile, password);

  it('registers a new company: pending until the platform approves, then its admin logs in', async () => {
    const university = await createUniversity(t);
    const { body, mobile } = await wizardBody(t, 'new_company', { universityIds: [university.id] });
    const response = await register(body);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ path: 'new_company', state: 'pending' });
    expect(response.body.nextSteps).toContain('短信');

    const account = (await accountOf(mobile))!;
    expect(account).toMatchObject({ status: 'disabled', approvalState: 'pending', companyRole: 'admin' });
    const [company] = await t.database.db
      .select()
      .from(companies)
      .where(eq(companies.id, account.companyId!));
    expect(company).toMatchObject({ verificationState: 'pending', code: body.company!.code });
    // The wizard's 入驻高校 pick is the university's review request (campus issue §3).
    const entries = await t.database.db
      .select()
      .from(reviewRequests)
      .where(and(eq(reviewRequests.kind, 'university_entry'), eq(reviewRequests.subjectId, company!.id)));
    expect(entries).toMatchObject([
      { reviewerKind: 'university', reviewerUniversityId: university.id, state: 'pending' },
    ]);
    expect(entries[0]!.dueAt).not.toBeNull();

    // The pending message comes only after the right password.
    const wrong = await loginAs(mobile, 'Wrong#2026pw');
    expect(wrong.body.code).toBe('LOGIN_FAILED');
    const pending = await loginAs(mobile);
    expect(pending.status).toBe(403);
    expect(pending.body).toMatchObject({
      code: 'ACCOUNT_PENDING',
      message: '您的申请正在审核中，审核通过后即可登录',
    });

    const queue = await ops.get('/api/ops/reviews?kind=new_company&state=pending');
    expect(queue.status).toBe(200);
    const item = queue.body.items.find((r: { id: string }) => r.id === response.body.requestId);
    expect(item).toMatchObject({
      kind: 'new_company',
      state: 'pending',
      applicant: {
        name: '李明',
        department: '人力资源部',
        mobileMasked: `${mobile.slice(0, 3)}****${mobile.slice(-4)}`,
      },
      company: { name: body.company!.name, code: body.company!.code, landline: '021-64870000' },
      files: [],
      decidedBy: null,
    });

    const smsBefore = t.sms.sent.length;
    const approved = await decide(response.body.requestId, 'approve');
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ state: 'approved', decidedBy: '平台审核员' });
    const [verified] = await t.database.db.select().from(companies).where(eq(companies.id, company!.id));
    expect(verified!.verificationState).toBe('verified');
    expect(t.sms.sent.length).toBe(smsBefore + 1);
    expect(t.sms.sent.at(-1)).toMatchObject({ mobile });
    expect(t.sms.sent.at(-1)!.text).toContain('已通过');
    expect((await loginAs(mobile)).status).toBe(200);

    const again = await decide(response.body.requestId, 'reject', '重复审核');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INVALID_STATE');
  });

  it('rejects a new company only with a reason; the applicant is told why and cannot log in', async () => {
    const { body, mobile } = await wizardBody(t, 'new_company');
    const { requestId } = (await register(body)).body;
    const noReason = await decide(requestId, 'reject');
    expect(noReason.status).toBe(400);
    expect(noReason.body.details.fields[0].field).toBe('reason');

    const rejected = await decide(requestId, 'reject', '营业执照信息与单位名称不符');
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ state: 'rejected', reason: '营业执照信息与单位名称不符' });
    expect(t.sms.sent.at(-1)!.text).toContain('营业执照信息与单位名称不符');
    const account = (await accountOf(mobile))!;
    expect(account).toMatchObject({ status: 'disabled', approvalState: 'rejected' });
    const [company] = await t.database.db
      .select()
      .from(companies)
      .where(eq(companies.id, account.companyId!));
    expect(company!.verificationState).toBe('rejected');
    expect((await loginAs(mobile)).body.code).toBe('ACCOUNT_REJECTED');
    expect((await decide(requestId, 'approve')).status).toBe(409);
  });

  it('makes an admin applicant with an uploaded PNG the one admin on approval, the old admin a member', async () => {
    const { company, admin } = await companyWithAdmin(t);
    const fileId = await uploadPng(client);
    const { body, mobile } = await wizardBody(t, 'become_admin', {
      companyCode: company.code,
      authorisationFileId: fileId,
    });
    const response = await register(body);
    expect(response.status).toBe(200);
    expect((await accountOf(mobile))!).toMatchObject({ companyRole: 'member', approvalState: 'pending' });

    const detail = await ops.get(`/api/ops/reviews/${response.body.requestId}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      kind: 'admin_application',
      company: { id: company.id, name: company.name, currentAdminName: '王管理' },
      files: [{ id: fileId, name: '授权书.png', contentType: 'image/png', url: `/api/ops/files/${fileId}` }],
    });
    const file = await t.app.inject({
      method: 'GET',
      url: `/api/ops/files/${fileId}`,
      headers: { cookie: [...ops.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PNG_BYTES)).toBe(true);
    expect((await client.get(`/api/ops/files/${fileId}`)).status).toBe(401);

    // The same file cannot back a second application.
    const reuse = await wizardBody(t, 'become_admin', {
      companyCode: company.code,
      authorisationFileId: fileId,
    });
    expect((await register(reuse.body)).body.details.fields[0].field).toBe('authorisationFileId');

    expect((await decide(response.body.requestId, 'approve')).status).toBe(200);
    const admins = await t.database.db
      .select()
      .from(accounts)
      .where(and(eq(accounts.companyId, company.id), eq(accounts.companyRole, 'admin')));
    expect(admins.map((a) => a.mobileEnc && t.app.ctx.cipher.decrypt(a.mobileEnc))).toEqual([mobile]);
    const [old] = await t.database.db.select().from(accounts).where(eq(accounts.id, admin.id));
    expect(old!.companyRole).toBe('member');
    expect((await loginAs(mobile)).status).toBe(200);
  });

  it('rejects an admin application: the old admin stays', async () => {
    const { company, admin } = await companyWithAdmin(t);
    const fileId = await uploadPng(client);
    const { body, mobile } = await wizardBody(t, 'become_admin', {
      companyCode: company.code,
      authorisationFileId: fileId,
    });
    const { requestId } = (await register(body)).body;
    expect((await decide(requestId, 'reject', '授权书未加盖公章')).status).toBe(200);
    const [old] = await t.database.db.select().from(accounts).where(eq(accounts.id, admin.id));
    expect(old!.companyRole).toBe('admin');
    expect((await accountOf(mobile))!).toMatchObject({ companyRole: 'member', approvalState: 'rejected' });
  });

  it('leaves exactly one admin when two admin approvals race', async () => {
    const { company } = await companyWithAdmin(t);
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const fileId = await uploadPng(client);
      const { body } = await wizardBody(t, 'become_admin', {
        companyCode: company.code,
        authorisationFileId: fileId,
      });
      ids.push((await register(body)).body.requestId);
    }
    const results = await Promise.all(ids.map((id) => decide(id, 'approve')));
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const admins = await t.database.db
      .select()
      .from(accounts)
      .where(and(eq(accounts.companyId, company.id), eq(accounts.companyRole, 'admin')));
    expect(admins).toHaveLength(1);
    const states = await t.database.db
      .select()
      .from(reviewRequests)
      .where(eq(reviewRequests.applicantCompanyId, company.id));
    expect(states.every((r) => r.state === 'approved')).toBe(true);
  });
});
