import { randomUUID } from 'node:crypto';
import { liveTopic } from '@openrecruit/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createSignedInEmployer, createSignedInSeeker, createTestJob } from '../../../test/factories';
import { companyData, companyWithAdmin, multipart } from '../../../test/factories/onboarding';
import { insertReviewRequest } from '../../../test/factories/reviews';
import { TestClient } from '../../../test/http-client';
import { listenTo } from '../../../test/live-events';
import { accounts, companies, reviewRequests, storedFiles } from '../../db/schema';
import { createStaffAccount } from '../../db/seed/accounts';
import { encodePng } from '../../db/seed/png-image';

const png = (width = 64, height = 64) => encodePng(width, height, () => [22, 119, 255]);
/** A PNG whose header claims `width` × `height` (the server reads only the header). */
function pngClaiming(width: number, height: number) {
  const data = png(8, 8);
  data.writeUInt32BE(width, 16);
  data.writeUInt32BE(height, 20);
  return data;
}
const GIF = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(64, 1)]);

describe('[EMPLOYER/OPS/PUBLIC] 公司设置 (seed 002: 基本资料, 认证信息, 雇主品牌)', () => {
  let t: TestApp;
  let ops: TestClient;
  let ip = 10;
  const client = () => new TestClient(t.app, `192.0.2.${ip++}`);

  beforeAll(async () => {
    t = await buildTestApp();
    await createStaffAccount(t.app.ctx, {
      role: 'operator',
      loginName: 'ops.company-settings',
      displayName: '平台审核员',
      password: 'Operator#2026',
    });
    ops = client();
    expect((await ops.login('ops', 'ops.company-settings', 'Operator#2026')).status).toBe(200);
  });
  afterAll(() => t.close());

  async function adminOfNewCompany() {
    const made = await companyWithAdmin(t);
    const admin = client();
    expect((await admin.login('employer', made.adminLogin, made.adminPassword)).status).toBe(200);
    return { ...made, client: admin };
  }

  const companyRow = async (id: string) =>
    (await t.database.db.select().from(companies).where(eq(companies.id, id)))[0]!;
  const upload = (who: TestClient, path: string, data: Buffer, name = 'logo.png', type = 'image/png') => {
    const { payload, headers } = multipart(data, name, type);
    return who.post(`/api/employer/company${path}`, payload, headers);
  };
  const publicGet = (url: string) => t.app.inject({ method: 'GET', url });

  it('lets the admin edit 基本资料 at once; a member reads it but gets 403 on changes', async () => {
    const { company, client: admin } = await adminOfNewCompany();
    const saved = await admin.request('PUT', '/api/employer/company/basic', {
      shortName: ' 测试简称 ',
      scale: '500_1000',
      website: 'www.example.com',
    });
    expect(saved.status).toBe(200);
    expect(saved.body.basic).toEqual({
      name: company.name,
      shortName: '测试简称',
      scale: '500_1000',
      website: 'https://www.example.com',
    });
    expect(saved.body.canEdit).toBe(true);
    expect(await companyRow(company.id)).toMatchObject({ shortName: '测试简称', scale: '500_1000' });

    const bad = await admin.request('PUT', '/api/employer/company/basic', {
      shortName: '',
      scale: 'huge',
      website: 'not a site',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'scale',
      'website',
    ]);
    expect((await companyRow(company.id)).scale).toBe('500_1000');

    const member = await createSignedInEmployer(t.app, company.id);
    const read = await member.client.get('/api/employer/company');
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ canEdit: false, basic: { shortName: '测试简称' } });
    for (const [method, path, body] of [
      ['PUT', '/basic', { shortName: '改', scale: 'under_50', website: '' }],
      ['PUT', '/brand', { introduction: '改', benefitTags: [] }],
      ['POST', '/verification-change', companyData()],
    ] as const) {
      const refused = await member.client.request(method, `/api/employer/company${path}`, body);
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({
        code: 'FORBIDDEN',
        message: '只有单位管理员可以修改公司设置，请联系本单位的单位管理员',
      });
    }
    const logo = await upload(member.client, '/logo', png());
    expect(logo.status).toBe(403);
    expect((await companyRow(company.id)).shortName).toBe('测试简称');
  });

  it('keeps the verified data until ops approves a 认证信息 change, then applies it', async () => {
    const { company, admin: adminAccount, client: admin } = await adminOfNewCompany();
    const job = await createTestJob(t.database.db, { companyId: company.id });
    const change = { ...companyData(), name: '改名后的测试单位有限公司' };
    const submitted = await admin.post('/api/employer/company/verification-change', change);
    expect(submitted.status).toBe(200);
    expect(submitted.body.verification.current.name).toBe(company.name);
    expect(submitted.body.verification.pendingChange.data).toMatchObject({
      name: change.name,
      code: change.code,
    });
    expect(await companyRow(company.id)).toMatchObject({ name: company.name, code: company.code });
    const before = await publicGet(`/api/public/jobs/${job.id}`);
    expect(before.json().company.name).toBe(company.name);

    const again = await admin.post('/api/employer/company/verification-change', companyData());
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('VERIFICATION_CHANGE_PENDING');

    const requestId = submitted.body.verification.pendingChange.requestId;
    const review = await ops.get(`/api/ops/reviews/${requestId}`);
    expect(review.status).toBe(200);
    expect(review.body).toMatchObject({
      kind: 'verification_change',
      company: { name: change.name, code: change.code, province: '31' },
      currentCompany: { name: company.name, code: company.code, province: company.province },
    });
    const approved = await ops.post(`/api/ops/reviews/${requestId}/decision`, { decision: 'approve' });
    expect(approved.status).toBe(200);
    // After approval the request still shows what it replaced.
    expect(approved.body.currentCompany).toMatchObject({ name: company.name, code: company.code });

    expect(await companyRow(company.id)).toMatchObject({
      name: change.name,
      code: change.code,
      codeKind: 'credit_code',
      province: '31',
      postcode: change.postcode,
      verificationState: 'verified',
    });
    const after = await admin.get('/api/employer/company');
    expect(after.body.verification).toMatchObject({
      current: { name: change.name },
      pendingChange: null,
      lastRejection: null,
    });
    expect((await publicGet(`/api/public/jobs/${job.id}`)).json().company.name).toBe(change.name);
    const [account] = await t.database.db.select().from(accounts).where(eq(accounts.id, adminAccount.id));
    expect(account).toMatchObject({ status: 'active', approvalState: 'approved', companyRole: 'admin' });
    const notices = await admin.get('/api/employer/notifications');
    expect(notices.body.items[0]).toMatchObject({ title: '单位认证资料变更申请已通过' });
    const same = await admin.post('/api/employer/company/verification-change', change);
    expect(same.status).toBe(400);
    expect(same.body.message).toBe('认证信息没有修改，无需重新认证');
  });

  it('keeps the company as it was on rejection and does not disable the applicant', async () => {
    const { company, admin: adminAccount, adminLogin, client: admin } = await adminOfNewCompany();
    const submitted = await admin.post('/api/employer/company/verification-change', companyData());
    const requestId = submitted.body.verification.pendingChange.requestId;
    const rejected = await ops.post(`/api/ops/reviews/${requestId}/decision`, {
      decision: 'reject',
      reason: '营业执照与单位名称不一致',
    });
    expect(rejected.status).toBe(200);
    expect(await companyRow(company.id)).toMatchObject({ name: company.name, code: company.code });
    const [account] = await t.database.db.select().from(accounts).where(eq(accounts.id, adminAccount.id));
    expect(account).toMatchObject({ status: 'active', approvalState: 'approved', companyRole: 'admin' });

    const settings = await admin.get('/api/employer/company');
    expect(settings.status).toBe(200);
    expect(settings.body.verification).toMatchObject({
      current: { name: company.name },
      pendingChange: null,
      lastRejection: { requestId, reason: '营业执照与单位名称不一致' },
    });
    const relogin = await client().login('employer', adminLogin, 'Admin#2026ok');
    expect(relogin.status).toBe(200);
    // A new change may be submitted after a rejection.
    expect((await admin.post('/api/employer/company/verification-change', companyData())).status).toBe(200);
  });

  it('rejecting an active member’s 申请管理员 leaves their account as it is', async () => {
    const { company } = await adminOfNewCompany();
    const member = await createSignedInEmployer(t.app, company.id);
    const request = await insertReviewRequest(t.database.db, {
      kind: 'admin_application',
      companyId: company.id,
      applicantAccountId: member.account.id,
      payload: { applicantDepartment: '人力资源部', fileIds: [] },
    });
    const rejected = await ops.post(`/api/ops/reviews/${request!.id}/decision`, {
      decision: 'reject',
      reason: '授权书未盖公章',
    });
    expect(rejected.status).toBe(200);
    const [account] = await t.database.db.select().from(accounts).where(eq(accounts.id, member.account.id));
    expect(account).toMatchObject({ status: 'active', approvalState: 'approved', companyRole: 'member' });
    expect((await member.client.get('/api/employer/company')).status).toBe(200);
  });

  it('makes one request of two submitted at once, and refuses a code another company uses', async () => {
    const { company, client: admin } = await adminOfNewCompany();
    const answers = await Promise.all([
      admin.post('/api/employer/company/verification-change', companyData()),
      admin.post('/api/employer/company/verification-change', companyData()),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const rows = await t.database.db
      .select()
      .from(reviewRequests)
      .where(and(eq(reviewRequests.subjectId, company.id), eq(reviewRequests.kind, 'verification_change')));
    expect(rows).toHaveLength(1);

    const other = await adminOfNewCompany();
    const taken = await other.client.post('/api/employer/company/verification-change', {
      ...companyData(),
      code: company.code,
    });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({
      code: 'COMPANY_CODE_IN_USE',
      details: { fields: [{ field: 'code', reason: '该统一社会信用代码已被其他单位使用' }] },
    });
  });

  it('checks logos and photos by their bytes and size, and serves a verified company’s brand publicly', async () => {
    const { company, client: admin } = await adminOfNewCompany();
    const gif = await upload(admin, '/logo', GIF, 'logo.png');
    expect(gif.status).toBe(400);
    expect(gif.body).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED', message: '只能上传JPG或PNG图片' });
    const text = await upload(admin, '/logo', Buffer.from('hello, not a picture'), 'logo.png');
    expect(text.body.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const broken = await upload(admin, '/logo', Buffer.concat([png().subarray(0, 8), Buffer.alloc(40)]));
    expect(broken.body.code).toBe('IMAGE_UNREADABLE');
    const huge = await upload(admin, '/logo', pngClaiming(5000, 5000));
    expect(huge.status).toBe(400);
    expect(huge.body).toMatchObject({
      code: 'IMAGE_DIMENSIONS_INVALID',
      message: '图片尺寸不能超过4096×4096像素',
    });
    const banner = await upload(admin, '/logo', pngClaiming(1200, 100));
    expect(banner.body.code).toBe('IMAGE_DIMENSIONS_INVALID');
    const heavy = await upload(admin, '/logo', Buffer.concat([png(), Buffer.alloc(2 * 1024 * 1024)]));
    expect(heavy.status).toBe(413);
    expect(heavy.body).toMatchObject({ code: 'FILE_TOO_LARGE', message: '图片不能超过2MB' });
    const heavyPhoto = await upload(admin, '/photos', Buffer.concat([png(), Buffer.alloc(5 * 1024 * 1024)]));
    expect(heavyPhoto.status).toBe(413);
    expect((await companyRow(company.id)).logoFileId).toBeNull();
    expect((await companyRow(company.id)).photoFileIds).toEqual([]);

    const logo = png(120, 100);
    const saved = await upload(admin, '/logo', logo, 'logo.jpg', 'image/jpeg');
    expect(saved.status).toBe(200);
    const logoId = saved.body.brand.logo.id as string;
    expect(saved.body.brand.logo.url).toBe(`/api/employer/company/logo?v=${logoId}`);
    expect((await admin.get(saved.body.brand.logo.url)).status).toBe(200);

    const served = await publicGet(`/api/public/companies/${company.id}/logo`);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['cache-control']).toContain('max-age');
    expect(served.rawPayload.equals(logo)).toBe(true);
    expect((await publicGet(`/api/public/companies/${randomUUID()}/logo`)).statusCode).toBe(404);

    const photo = await upload(admin, '/photos', png(800, 600), 'photo.png');
    expect(photo.status).toBe(200);
    const photoId = photo.body.brand.photos[0].id as string;
    const photoUrl = `/api/public/companies/${company.id}/photos/${photoId}`;
    expect((await publicGet(photoUrl)).statusCode).toBe(200);
    // The logo is not one of the photos.
    expect((await publicGet(`/api/public/companies/${company.id}/photos/${logoId}`)).statusCode).toBe(404);

    // Replacing the logo deletes the old file.
    const replaced = await upload(admin, '/logo', png(64, 64));
    expect(replaced.body.brand.logo.id).not.toBe(logoId);
    expect(await t.database.db.select().from(storedFiles).where(eq(storedFiles.id, logoId))).toEqual([]);

    await t.database.db
      .update(companies)
      .set({ verificationState: 'pending' })
      .where(eq(companies.id, company.id));
    expect((await publicGet(`/api/public/companies/${company.id}/logo`)).statusCode).toBe(404);
    expect((await publicGet(photoUrl)).statusCode).toBe(404);
    expect((await admin.get(`/api/employer/company/photos/${photoId}`)).status).toBe(200);
  });

  it('keeps at most 9 photos, also when uploads race', async () => {
    const { client: admin } = await adminOfNewCompany();
    for (let i = 0; i < 8; i++) expect((await upload(admin, '/photos', png(32, 32))).status).toBe(200);
    const raced = await Promise.all([
      upload(admin, '/photos', png(32, 32)),
      upload(admin, '/photos', png(32, 32)),
    ]);
    expect(raced.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(raced.find((r) => r.status === 409)!.body.code).toBe('BRAND_PHOTOS_FULL');
    const settings = await admin.get('/api/employer/company');
    expect(settings.body.brand.photos).toHaveLength(9);
  });

  it('validates 单位介绍 and 福利标签', async () => {
    const { company, client: admin } = await adminOfNewCompany();
    const put = (body: unknown) => admin.request('PUT', '/api/employer/company/brand', body);
    const saved = await put({ introduction: ' 我们是一家好公司。 ', benefitTags: ['五险一金', '下午茶'] });
    expect(saved.status).toBe(200);
    expect(saved.body.brand).toMatchObject({
      introduction: '我们是一家好公司。',
      benefitTags: ['五险一金', '下午茶'],
    });
    for (const [body, reason] of [
      [{ introduction: '长'.repeat(2001), benefitTags: [] }, '单位介绍不能超过2000个字'],
      [
        { introduction: '', benefitTags: Array.from({ length: 11 }, (_, i) => `标签${i}`) },
        '福利标签最多10个',
      ],
      [{ introduction: '', benefitTags: ['餐补', '餐补'] }, '福利标签不能重复'],
      [{ introduction: '', benefitTags: ['一二三四五六七八九'] }, '每个福利标签不能超过8个字'],
    ] as const) {
      const refused = await put(body);
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body)).toContain(reason);
    }
    expect((await companyRow(company.id)).benefitTags).toEqual(['五险一金', '下午茶']);
  });

  it('lets another company’s admin act only on their own company', async () => {
    const a = await adminOfNewCompany();
    const b = await adminOfNewCompany();
    const photo = await upload(a.client, '/photos', png());
    const photoId = photo.body.brand.photos[0].id as string;

    const deleted = await b.client.request('DELETE', `/api/employer/company/photos/${photoId}`);
    expect(deleted.status).toBe(404);
    expect((await b.client.get(`/api/employer/company/photos/${photoId}`)).status).toBe(404);
    expect((await companyRow(a.company.id)).photoFileIds).toEqual([photoId]);

    const own = await b.client.get('/api/employer/company');
    expect(own.body.companyId).toBe(b.company.id);
    await b.client.request('PUT', '/api/employer/company/basic', {
      shortName: '乙公司',
      scale: 'under_50',
      website: '',
    });
    expect((await companyRow(a.company.id)).shortName).toBeNull();
    expect((await companyRow(b.company.id)).shortName).toBe('乙公司');

    const removed = await a.client.request('DELETE', `/api/employer/company/photos/${photoId}`);
    expect(removed.status).toBe(200);
    expect(removed.body.brand.photos).toEqual([]);
    expect((await publicGet(`/api/public/companies/${a.company.id}/photos/${photoId}`)).statusCode).toBe(404);
  });

  it('shows the brand on the seeker’s job page', async () => {
    const { company, client: admin } = await adminOfNewCompany();
    const job = await createTestJob(t.database.db, { companyId: company.id });
    await admin.request('PUT', '/api/employer/company/brand', {
      introduction: '专注智能制造。',
      benefitTags: ['五险一金', '年终奖'],
    });
    await admin.request('PUT', '/api/employer/company/basic', {
      shortName: '智造',
      scale: '150_500',
      website: 'https://example.com',
    });
    const logo = await upload(admin, '/logo', png());
    const photo = await upload(admin, '/photos', png(300, 200));
    const logoId = logo.body.brand.logo.id as string;
    const photoId = photo.body.brand.photos[0].id as string;

    const seeker = await createSignedInSeeker(t.app);
    const detail = await seeker.client.get(`/api/seeker/jobs/${job.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.company).toMatchObject({
      id: company.id,
      introduction: '专注智能制造。',
      shortName: '智造',
      scale: '150_500',
      website: 'https://example.com',
      benefitTags: ['五险一金', '年终奖'],
      logoUrl: `/api/public/companies/${company.id}/logo?v=${logoId}`,
      photos: [{ id: photoId, url: `/api/public/companies/${company.id}/photos/${photoId}` }],
    });
    expect((await publicGet(detail.body.company.logoUrl)).statusCode).toBe(200);
  });

  it('tells the company’s open consoles that 公司设置 changed (company.changed)', async () => {
    const { company, client: admin } = await adminOfNewCompany();
    const seen = listenTo(t.app, liveTopic.company(company.id));
    const saved = await admin.request('PUT', '/api/employer/company/brand', {
      introduction: '我们是一家测试单位',
      benefitTags: ['五险一金'],
    });
    expect(saved.status).toBe(200);
    expect(await seen.waitFor('company.changed')).toMatchObject({ type: 'company.changed', data: {} });
    seen.stop();
  });
});
