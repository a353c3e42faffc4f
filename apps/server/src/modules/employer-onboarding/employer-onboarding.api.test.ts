import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { TestClient } from '../../../test/http-client';
import {
  accounts,
  companies,
  companyJoinRequests,
  companyRegistrationRequests,
  universityEntryRequests,
} from '../../db/schema';
import { createStaffAccount } from '../../db/seed/accounts';
import {
  APPLICANT_PASSWORD,
  companyData,
  companyWithAdmin,
  createUniversity,
  freshCreditCode,
  multipart,
  PNG_BYTES,
  uploadPng,
  wizardBody,
} from './onboarding-test-helpers';

describe('[PUBLIC/OPS/EMPLOYER] employer onboarding (issue 5, seed 002 账号注册与认证)', () => {
  let t: TestApp;
  let client: TestClient;
  let ops: TestClient;
  beforeAll(async () => {
    t = await buildTestApp();
    client = new TestClient(t.app, '192.0.2.61');
    await createStaffAccount(t.app.ctx, {
      role: 'operator',
      loginName: 'ops.onboarding',
      displayName: '平台审核员',
      password: 'Operator#2026',
    });
    ops = new TestClient(t.app, '192.0.2.62');
    expect((await ops.login('ops', 'ops.onboarding', 'Operator#2026')).status).toBe(200);
  });
  afterAll(() => t.close());

  const accountOf = async (mobile: string) =>
    (await t.database.db.select().from(accounts).where(eq(accounts.loginName, mobile)))[0];
  const register = (body: unknown) => client.post('/api/public/employer-registration', body);
  const decide = (id: string, decision: 'approve' | 'reject', reason?: string) =>
    ops.post(`/api/ops/reviews/${id}/decision`, { decision, ...(reason ? { reason } : {}) });
  const loginAs = (mobile: string, password = APPLICANT_PASSWORD) =>
    new TestClient(t.app, '192.0.2.63').login('employer', mobile, password);

  it('lists universities and serves the 账号授权书 template', async () => {
    const university = await createUniversity(t);
    const list = await client.get('/api/public/universities');
    expect(list.status).toBe(200);
    expect(list.body).toContainEqual({ id: university.id, name: university.name });
    const template = await client.get('/api/public/employer-registration/authorisation-template');
    expect(template.status).toBe(200);
    expect(String(template.headers['content-type'])).toContain('text/html');
    expect(String(template.headers['content-disposition'])).toContain('attachment');
    expect(template.body).toContain('<title>账号授权书</title>');
    expect(template.body).toContain('盖章');
  });

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
    const entries = await t.database.db
      .select()
      .from(universityEntryRequests)
      .where(eq(universityEntryRequests.companyId, company!.id));
    expect(entries).toMatchObject([{ universityId: university.id, state: 'pending' }]);

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
    const item = queue.body.find((r: { id: string }) => r.id === response.body.requestId);
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

  it('refuses a bad captcha, a bad SMS code, a bad credit code and a taken mobile, creating nothing', async () => {
    const countOf = async (mobile: string) => ((await accountOf(mobile)) ? 1 : 0);

    const badCaptcha = await wizardBody(t, 'new_company');
    const captcha = await register({
      ...badCaptcha.body,
      captcha: badCaptcha.body.captcha === '2222' ? '3333' : '2222',
    });
    expect(captcha.status).toBe(400);
    expect(captcha.body).toMatchObject({
      code: 'CAPTCHA_INVALID',
      details: { fields: [{ field: 'captcha' }] },
    });
    expect(await countOf(badCaptcha.mobile)).toBe(0);

    const badSms = await wizardBody(t, 'new_company');
    const sms = await register({
      ...badSms.body,
      smsCode: badSms.body.smsCode === '123456' ? '654321' : '123456',
    });
    expect(sms.status).toBe(400);
    expect(sms.body).toMatchObject({ code: 'SMS_CODE_INVALID', details: { fields: [{ field: 'smsCode' }] } });
    expect(await countOf(badSms.mobile)).toBe(0);
    const [noCompany] = await t.database.db
      .select()
      .from(companies)
      .where(eq(companies.code, badSms.body.company!.code));
    expect(noCompany).toBeUndefined();

    const badCode = await wizardBody(t, 'new_company');
    const code = await register({ ...badCode.body, company: companyData('91310000123456789X') });
    expect(code.status).toBe(400);
    expect(code.body.details.fields[0]).toMatchObject({
      field: 'company.code',
      reason: '统一社会信用代码校验位不正确，请核对',
    });
    expect(await countOf(badCode.mobile)).toBe(0);

    const { company } = await companyWithAdmin(t);
    const takenMobile = await wizardBody(t, 'join', { companyCode: company.code });
    expect((await register(takenMobile.body)).status).toBe(200);
    const second = await wizardBody(
      t,
      'join',
      { companyCode: company.code },
      { mobile: takenMobile.mobile, sendSms: false },
    );
    const taken = await register(second.body);
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({
      code: 'MOBILE_ALREADY_REGISTERED',
      details: { fields: [{ field: 'applicant.mobile' }] },
    });

    const existing = await wizardBody(t, 'new_company', { company: companyData(company.code) });
    const exists = await register(existing.body);
    expect(exists.status).toBe(409);
    expect(exists.body).toMatchObject({
      code: 'COMPANY_ALREADY_REGISTERED',
      message: '该单位已注册，请选择申请加入或申请成为管理员',
    });
    expect(await countOf(existing.mobile)).toBe(0);

    const unknown = await wizardBody(t, 'join', { companyCode: freshCreditCode() });
    const notFound = await register(unknown.body);
    expect(notFound.status).toBe(404);
    expect(notFound.body.details.fields[0].field).toBe('companyCode');
    expect(await countOf(unknown.mobile)).toBe(0);
  });

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
    expect(list.body.map((r: { id: string }) => r.id).sort()).toEqual(
      [joined.body.requestId, secondId].sort(),
    );
    expect(list.body[0].applicant.department).toBe('人力资源部');

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
    expect(admins.map((a) => a.loginName)).toEqual([mobile]);
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
      .from(companyRegistrationRequests)
      .where(eq(companyRegistrationRequests.companyId, company.id));
    expect(states.every((r) => r.state === 'approved')).toBe(true);
  });

  it('refuses an upload that is not really an image or PDF, and one over 5 MB', async () => {
    const fake = multipart(Buffer.from('这不是图片，只是改了扩展名的文本文件'), 'photo.png', 'image/png');
    const refused = await client.post('/api/public/employer-registration/files', fake.payload, fake.headers);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      code: 'FILE_TYPE_NOT_ALLOWED',
      message: '只能上传JPG、PNG图片或PDF文件',
    });

    const big = multipart(Buffer.concat([PNG_BYTES, Buffer.alloc(5 * 1024 * 1024)]), 'big.png');
    const tooBig = await client.post('/api/public/employer-registration/files', big.payload, big.headers);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.code).toBe('FILE_TOO_LARGE');

    const pdf = multipart(Buffer.from('%PDF-1.4\n%test\n'), 'scan.pdf', 'application/octet-stream');
    expect(
      (await client.post('/api/public/employer-registration/files', pdf.payload, pdf.headers)).status,
    ).toBe(200);
  });
});
