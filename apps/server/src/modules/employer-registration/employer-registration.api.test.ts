import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { findAccountByLogin } from '../../../test/factories';
import {
  companyData,
  companyWithAdmin,
  createUniversity,
  freshCreditCode,
  multipart,
  PNG_BYTES,
  wizardBody,
} from '../../../test/factories/onboarding';
import { TestClient } from '../../../test/http-client';
import { companies } from '../../db/schema';

describe('[PUBLIC] the employer sign-up wizard (issue 5, seed 002 账号注册与认证)', () => {
  let t: TestApp;
  let client: TestClient;
  beforeAll(async () => {
    t = await buildTestApp();
    client = new TestClient(t.app, '192.0.2.61');
  });
  afterAll(() => t.close());

  const accountOf = (mobile: string) => findAccountByLogin(t.app, mobile);
  const register = (body: unknown) => client.post('/api/public/employer-registration', body);

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
