import { parseCreditCode, parseOrganizationCode } from '@openrecruit/shared';
import { type APIRequestContext, expect } from '@playwright/test';
import { DEMO_ACCOUNTS, logInByApi } from './accounts';

// A new verified company for specs that need one of their own (the demo company has entered 申江大学
// already): the sign-up API with the local developer aids (picture captcha, SMS code), then the
// operator's approval, as onboarding.spec.ts does through the pages.

/** The password of every company admin registered here. */
export const COMPANY_PASSWORD = 'Entry@2026go';

export const digits = (length: number) =>
  Array.from({ length }, () => Math.floor(Math.random() * 10)).join('');

/** A fresh valid 统一社会信用代码 (as onboarding.spec.ts makes them). */
function freshCreditCode(): string {
  const body = digits(8);
  const orgCheck = [...'0123456789X'].find((char) => parseOrganizationCode(body + char).ok)!;
  const first17 = `91310115${body}${orgCheck}`;
  return first17 + [...'0123456789ABCDEFGHJKLMNPQRTUWXY'].find((char) => parseCreditCode(first17 + char).ok)!;
}

async function solvedCaptcha(request: APIRequestContext) {
  const issued = await request.post('/api/public/captcha');
  expect(issued.ok(), await issued.text()).toBe(true);
  const { captchaId } = (await issued.json()) as { captchaId: string };
  const answer = await request.get(`/dev/captcha/${captchaId}`, { headers: { accept: 'application/json' } });
  return { captchaId, captcha: ((await answer.json()) as { answer: string }).answer };
}

async function smsCodeFor(request: APIRequestContext, mobile: string) {
  const masked = `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
  let code: string | undefined;
  await expect
    .poll(async () => {
      const response = await request.get('/dev/sms', { headers: { accept: 'application/json' } });
      const rows = (await response.json()) as Array<{ to: string; text: string }>;
      code = rows.find((row) => row.to === masked)?.text.match(/\d{6}/)?.[0];
      return code;
    })
    .toBeTruthy();
  return code!;
}

/** A new verified company and its admin's mobile, through the sign-up API and the operator's approval. */
export async function registerCompany(request: APIRequestContext, name: string) {
  const mobile = `136${digits(8)}`;
  const sent = await request.post('/api/public/employer-registration/sms-code', {
    data: { mobile, ...(await solvedCaptcha(request)) },
  });
  expect(sent.ok(), await sent.text()).toBe(true);
  const suffix = digits(6);
  const registered = await request.post('/api/public/employer-registration', {
    data: {
      path: 'new_company',
      universityIds: [],
      applicant: {
        name: '周入驻',
        department: '人力资源部',
        mobile,
        password: COMPANY_PASSWORD,
        confirmPassword: COMPANY_PASSWORD,
      },
      smsCode: await smsCodeFor(request, mobile),
      ...(await solvedCaptcha(request)),
      company: {
        name,
        code: freshCreditCode(),
        province: '31',
        city: '上海市',
        address: '上海市浦东新区张江路200号',
        landline: '021-58880000',
        email: `hr${suffix}@example.com`,
        recruitEmail: `zhaopin${suffix}@example.com`,
        postcode: '201203',
        nature: 'private',
        industry: 'I',
      },
    },
  });
  expect(registered.ok(), await registered.text()).toBe(true);
  const { requestId } = (await registered.json()) as { requestId: string };
  const ops = DEMO_ACCOUNTS.operator;
  const { csrfToken } = await logInByApi(request, {
    area: 'ops',
    account: ops.account,
    password: ops.password,
  });
  const approved = await request.post(`/api/ops/reviews/${requestId}/decision`, {
    data: { decision: 'approve' },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(approved.ok(), await approved.text()).toBe(true);
  return mobile;
}
