import { checkSeekerPassword, residentIdCheckChar } from '@openrecruit/shared';
import {
  type APIRequestContext,
  expect,
  type Page,
  request as playwrightRequest,
  test,
} from '@playwright/test';

// Helpers for the seeker specs: a fresh account per test (so the demo data and the tests never
// share state), logging in, the employer's side through its API, and console-error collection.

function randomInt(min: number, max: number): number {
  return min + Math.floor(Math.random() * (max - min + 1));
}

/**
 * A fresh, valid 18-digit ID: 上海市徐汇区 (310104), random sequence, GB 11643 check char. Born
 * 1986-1996, so the seeker is 30-40 and most jobs' age ranges fit.
 */
export function freshIdNumber(): string {
  const from = Date.UTC(1986, 0, 1);
  const birth = new Date(from + Math.random() * (Date.UTC(1996, 11, 31) - from));
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

/** Logs in on the page (/m/login), which sets the session cookie the page's own requests share. */
export async function logInSeeker(page: Page, seeker: Pick<FreshSeeker, 'idNumber' | 'password'>) {
  await page.goto('/m/login');
  await page.getByLabel('身份证号').fill(seeker.idNumber);
  await page.getByLabel('密码', { exact: true }).fill(seeker.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/m$/);
}

/** The logged-in page's own API: its cookies, and the CSRF token from its session. */
export async function seekerApi(page: Page) {
  const session = await page.request.get('/api/auth/seeker/session');
  expect(session.ok()).toBe(true);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken };
  return {
    get: (path: string) => page.request.get(path),
    post: (path: string, data: unknown = {}) => page.request.post(path, { data, headers }),
  };
}

export async function completeProfileByApi(page: Page, education = '20', politicalStatus = '13') {
  const api = await seekerApi(page);
  const response = await api.post('/api/seeker/profile/complete', { education, politicalStatus });
  expect(response.ok(), await response.text()).toBe(true);
}

type JobSummary = { id: string; title: string; companyName: string };
type SearchPage = { items: JobSummary[]; nextCursor: string | null; total: number };

/** Pages through the search (as the page's seeker) until `count` jobs match `accept`. */
export async function findJobs(
  page: Page,
  count: number,
  options: { query?: Record<string, string>; accept?: (job: JobSummary) => boolean } = {},
): Promise<JobSummary[]> {
  const found: JobSummary[] = [];
  let cursor: string | null = null;
  for (let round = 0; round < 200 && found.length < count; round += 1) {
    const query = new URLSearchParams({ ...options.query, limit: '50' });
    if (cursor) query.set('cursor', cursor);
    const response = await page.request.get(`/api/seeker/jobs?${query}`);
    expect(response.ok(), await response.text()).toBe(true);
    const result = (await response.json()) as SearchPage;
    found.push(...result.items.filter((job) => options.accept?.(job) ?? true));
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  expect(found.length, `found ${found.length} of ${count} jobs`).toBeGreaterThanOrEqual(count);
  return found.slice(0, count);
}

/** The demo employer (README): 上海申城智造科技有限公司's HR, through the API with its own session. */
export const DEMO_EMPLOYER = {
  account: '13900000001',
  password: 'Demo@2026',
  company: '上海申城智造科技有限公司',
} as const;

export async function employerApi(baseURL: string) {
  const context = await playwrightRequest.newContext({ baseURL });
  const login = await context.post('/api/auth/employer/login', {
    data: { account: DEMO_EMPLOYER.account, password: DEMO_EMPLOYER.password, tokenType: 'cookie' },
  });
  expect(login.ok(), await login.text()).toBe(true);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken };
  const ok = async <T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> => {
    expect(response.ok(), `${response.url()}: ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  return {
    get: <T>(path: string) => context.get(path).then((response) => ok<T>(response)),
    post: <T>(path: string, data: unknown = {}) =>
      context.post(path, { data, headers }).then((response) => ok<T>(response)),
    dispose: () => context.dispose(),
  };
}

/**
 * Console errors, warnings (React and antd deprecations count) and uncaught exceptions. A refusal
 * the test asks for (e.g. the eleventh application's 409) is logged by the browser as a failed
 * resource: `expected` lists those, by status and URL, and they are left out.
 */
export function collectProblems(page: Page, expected: Array<{ status: number; url: RegExp }> = []): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const url = message.location().url;
    const isExpected = expected.some(
      (item) => message.text().includes(`status of ${item.status}`) && item.url.test(url),
    );
    if (!isExpected) problems.push(`${message.type()}: ${message.text()} (${url})`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

export async function shot(page: Page, name: string, fullPage = false) {
  // antd-mobile's dialogs, toasts and sheets open and close in 300 ms: picture the settled page.
  await page.waitForTimeout(400);
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage });
}
