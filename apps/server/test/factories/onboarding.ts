import { randomBytes, randomInt } from 'node:crypto';
import { universities } from '../../src/db/schema';
import { createStaffAccount } from '../../src/db/seed/accounts';
import { issueCaptcha } from '../../src/modules/employer-registration/captcha';
import { sendSmsCode } from '../../src/modules/identity/send-sms-code';
import type { TestApp } from '../build-test-app';
import { createTestCompany } from '../factories';
import { freshMobile } from '../fixtures';
import type { TestClient } from '../http-client';

// Test data for the employer sign-up, review and company tests: wizard bodies with a right captcha
// and SMS code, companies with an admin, universities, uploads.

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A fresh 统一社会信用代码 with a right check character (GB 32100). */
export function freshCreditCode(): string {
  const first17 = `91310000${Array.from({ length: 9 }, () => randomInt(0, 10)).join('')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return first17 + CHARSET[(31 - (sum % 31)) % 31];
}

export const APPLICANT_PASSWORD = 'Apply#2026ok';

export function companyData(code = freshCreditCode()) {
  return {
    name: `测试新单位有限公司${randomBytes(3).toString('hex')}`,
    code,
    province: '31',
    city: '上海市',
    address: '上海市徐汇区漕溪北路88号',
    landline: '021-64870000',
    email: 'contact@example.com',
    recruitEmail: 'hr@example.com',
    postcode: '200030',
    nature: 'private',
    industry: 'I',
  };
}

let senderSequence = 0;
/** Each factory-made code comes from its own address, so the per-address SMS caps never bite a test by accident. */
function nextSenderAddress() {
  senderSequence += 1;
  return `198.18.${Math.floor(senderSequence / 250) % 250}.${(senderSequence % 250) + 1}`;
}

/** A valid wizard body for `path` with a right captcha and SMS code already issued for the mobile. */
export async function wizardBody(
  t: TestApp,
  path: 'new_company' | 'join' | 'become_admin',
  extra: Record<string, unknown> = {},
  options: { mobile?: string; sendSms?: boolean } = {},
) {
  const mobile = options.mobile ?? freshMobile();
  const { captchaId, answer } = await issueCaptcha(t.app.ctx, { ip: `192.0.2.${randomInt(100, 200)}` });
  if (options.sendSms !== false)
    await sendSmsCode(t.app.ctx, { purpose: 'employer_registration', mobile, ip: nextSenderAddress() });
  return {
    mobile,
    body: {
      path,
      universityIds: [],
      applicant: {
        name: '李明',
        department: '人力资源部',
        mobile,
        password: APPLICANT_PASSWORD,
        confirmPassword: APPLICANT_PASSWORD,
      },
      captchaId,
      captcha: answer,
      smsCode: options.sendSms === false ? '000000' : t.sms.lastCodeTo(mobile),
      ...(path === 'new_company' ? { company: companyData() } : {}),
      ...extra,
    },
  };
}

/** A verified company with a code the wizard can find, and its active admin. */
export async function companyWithAdmin(t: TestApp) {
  const company = await createTestCompany(t.app.ctx.db, { code: freshCreditCode() });
  // An employer logs in with the mobile (stored encrypted, found by keyed hash).
  const adminLogin = freshMobile();
  const admin = await createStaffAccount(t.app.ctx, {
    role: 'employer',
    loginName: adminLogin,
    displayName: '王管理',
    password: 'Admin#2026ok',
    companyId: company.id,
    companyRole: 'admin',
  });
  return { company, admin, adminLogin, adminPassword: 'Admin#2026ok' };
}

export async function createUniversity(t: TestApp) {
  const suffix = String(randomInt(0, 1e9)).padStart(10, '0');
  const [row] = await t.app.ctx.db
    .insert(universities)
    .values({ name: `测试大学${suffix}`, code: suffix, city: '上海市' })
    .returning();
  return row!;
}

/** A multipart body with one `file` part, as a browser form sends it. */
export function multipart(data: Buffer, fileName: string, contentType = 'image/png') {
  const boundary = `----openrecruit${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export const PNG_BYTES = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  randomBytes(200),
]);

export async function uploadPng(client: TestClient) {
  const { payload, headers } = multipart(PNG_BYTES, '授权书.png');
  const response = await client.post('/api/public/employer-registration/files', payload, headers);
  if (response.status !== 200) throw new Error(`upload failed: ${JSON.stringify(response.body)}`);
  return response.body.fileId as string;
}
