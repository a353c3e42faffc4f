import { type Area, checkSeekerPassword, residentIdCheckChar } from '@openrecruit/shared';
import { type APIRequestContext, expect } from '@playwright/test';

// Who the specs log in as: the demo accounts of README.md (apps/server/src/db/seed/demo-accounts.ts)
// and fresh seekers signed up through the API, so the demo data and the tests never share state.

export type Role = 'seeker' | 'employer-admin' | 'employer-member' | 'operator' | 'university' | 'centre';

export type Credentials = { area: Area; account: string; password: string };

export const DEMO_ACCOUNTS = {
  seeker: { area: 'seeker', account: '310101199101130038', password: '582046', name: '陈晓明' },
  'employer-admin': { area: 'employer', account: '13900000001', password: 'Demo@2026', name: '张璇' },
  'employer-member': { area: 'employer', account: '13900000002', password: 'Demo@2026', name: '李明' },
  operator: { area: 'ops', account: 'ops', password: 'Demo@2026', name: '平台运营' },
  university: {
    area: 'university',
    account: 'career@shenjiang.edu.cn',
    password: 'Demo@2026',
    name: '王老师',
  },
  centre: { area: 'centre', account: 'centre.huangpu', password: 'Demo@2026', name: '黄浦区就业促进中心' },
} as const satisfies Record<Role, Credentials & { name: string }>;

/** The company of the demo employer admin and member. */
export const DEMO_COMPANY = '上海申城智造科技有限公司';

/** An area's home page and login page: the seeker app lives under /m, each console under its area. */
export function areaPaths(area: Area): { home: string; loginPage: string } {
  const home = area === 'seeker' ? '/m' : `/${area}`;
  return { home, loginPage: `${home}/login` };
}

export type ApiSession = { csrfToken: string; account: { displayName: string } };

/**
 * POST /api/auth/<area>/login with a cookie session: `request` keeps the `or_<area>` cookie, and
 * unsafe requests send the returned token as `x-csrf-token` (apps/server/src/plugins/auth.ts).
 */
export async function logInByApi(request: APIRequestContext, credentials: Credentials): Promise<ApiSession> {
  const response = await request.post(`/api/auth/${credentials.area}/login`, {
    data: { account: credentials.account, password: credentials.password, tokenType: 'cookie' },
  });
  expect(response.ok(), `log in as ${credentials.account}: ${await response.text()}`).toBe(true);
  return (await response.json()) as ApiSession;
}

function randomInt(min: number, max: number): number {
  return min + Math.floor(Math.random() * (max - min + 1));
}

/**
 * A fresh, valid 18-digit ID: 上海市徐汇区 (310104), random sequence, GB 11643 check char. Born
 * 1986-1996 by default, so the seeker is 30-40 and most jobs' age ranges fit.
 */
export function freshIdNumber(bornBetween: [number, number] = [1986, 1996]): string {
  const from = Date.UTC(bornBetween[0], 0, 1);
  const birth = new Date(from + Math.random() * (Date.UTC(bornBetween[1], 11, 31) - from));
  const yyyymmdd = birth.toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `310104${yyyymmdd}${String(randomInt(0, 999)).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** The first password the platform accepts for this ID (not its birthday, not its tail). */
export function acceptablePassword(idNumber: string, candidates = ['582046', '730419', '461937']): string {
  const password = candidates.find((candidate) => checkSeekerPassword(candidate, { idNumber }).ok);
  if (!password) throw new Error(`none of ${candidates.join(', ')} is acceptable for ${idNumber}`);
  return password;
}

export type FreshSeeker = { name: string; idNumber: string; password: string };

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['晓东', '思远', '雨萱', '浩然', '嘉怡', '子涵', '俊杰', '欣妍'];

/** Signs a new seeker up through the API (银行卡实名认证, the platform's built-in verifier). */
export async function signUpSeeker(request: APIRequestContext): Promise<FreshSeeker> {
  const idNumber = freshIdNumber();
  const password = acceptablePassword(idNumber);
  const name = SURNAMES[randomInt(0, SURNAMES.length - 1)]! + GIVEN[randomInt(0, GIVEN.length - 1)]!;
  const verify = await request.post('/api/seeker/registration/verify', {
    data: {
      route: 'bank_card',
      name,
      idNumber,
      mobile: `139${String(randomInt(0, 99_999_999)).padStart(8, '0')}`,
      bankCard: '6222021001116220002',
    },
  });
  expect(verify.ok(), await verify.text()).toBe(true);
  const { ticket } = (await verify.json()) as { ticket: string };
  const complete = await request.post('/api/seeker/registration/complete', {
    data: { ticket, password, confirmPassword: password },
  });
  expect(complete.ok(), await complete.text()).toBe(true);
  return { name, idNumber, password };
}
