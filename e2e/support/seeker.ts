import { type APIRequestContext, type Page, request as playwrightRequest } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_COMPANY, logInByApi } from './accounts';
import { expect, test } from './fixtures';

// Helpers for the seeker specs: the page's own API, the search, the employer's side through its
// API, and console-error collection. Logging in is the `login` fixture (./fixtures).

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

/** The demo employer (README): 上海申城智造科技有限公司's admin, 张璇. */
export const DEMO_EMPLOYER = { ...DEMO_ACCOUNTS['employer-admin'], company: DEMO_COMPANY } as const;

/** The demo employer admin through the API, in a request context of its own (not the page's). */
export async function employerApi(baseURL: string) {
  const context = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = await logInByApi(context, DEMO_EMPLOYER);
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
