import type { Area } from '@openrecruit/shared';
import { test as base, expect, type Page } from '@playwright/test';
import {
  type ApiSession,
  areaPaths,
  type Credentials,
  DEMO_ACCOUNTS,
  logInByApi,
  type Role,
  signUpSeeker,
} from './accounts';

// Every spec imports `test` and `expect` from here. `login({ role })` logs the page in as a role's
// demo account, another account of that role, or a fresh seeker (the Epic Stack's
// tests/playwright-utils.ts): through the API by default, through the login page when the spec is
// about logging in.

export type LoginOptions = {
  role: Role;
  /** Another account of the role's area (a new member, a fresh seeker's ID); the demo account by default. */
  account?: string;
  password?: string;
  /** Seekers only: sign a new seeker up through the API first, and log in as them. */
  fresh?: boolean;
  /**
   * 'api': POST /api/auth/<area>/login from the page's own context (it keeps the `or_<area>` cookie),
   * then open the area's home. 'form': the area's login page, as a person would, then wait to leave it.
   */
  via?: 'api' | 'form';
  /** Another page than the test's own (a second browser context, e.g. the seeker's phone). */
  page?: Page;
};

export type LoggedIn = {
  area: Area;
  account: string;
  password: string;
  /** The session's display name (the seeker's real name, the member's name). */
  name: string;
  csrfToken: string;
};

/**
 * Fills the area's login page and presses 登录, opening the page first unless it is already open
 * (so a `?from=` the guard added stays). Specs that expect a refusal assert it themselves.
 */
export async function submitLoginForm(page: Page, credentials: Credentials) {
  const { loginPage } = areaPaths(credentials.area);
  if (new URL(page.url(), 'http://localhost').pathname !== loginPage) await page.goto(loginPage);
  if (credentials.area === 'seeker') {
    await page.getByLabel('身份证号').fill(credentials.account);
    await page.getByLabel('密码', { exact: true }).fill(credentials.password);
  } else {
    await page.getByLabel('账号').fill(credentials.account);
    await page.getByLabel('密码').fill(credentials.password);
  }
  await page.getByRole('button', { name: '登录' }).click();
}

async function sessionOf(page: Page, area: Area): Promise<ApiSession> {
  const response = await page.request.get(`/api/auth/${area}/session`);
  expect(response.ok(), `the ${area} session: ${await response.text()}`).toBe(true);
  return (await response.json()) as ApiSession;
}

/**
 * The web asks for an area's session only when its marker says a login happened in this browser
 * (apps/web/src/lib/session.ts, `markSignedIn`); a form login sets it, so an api login does too.
 * localStorage needs a page of the app's origin: the area's login page when none is open yet (not
 * a JSON route, whose missing favicon the browser would log as an error).
 */
async function markSignedIn(page: Page, area: Area) {
  if (!page.url().startsWith('http')) await page.goto(areaPaths(area).loginPage);
  await page.evaluate((key) => localStorage.setItem(key, '1'), `openrecruit.signed-in.${area}`);
}

export const test = base.extend<{ login: (options: LoginOptions) => Promise<LoggedIn> }>({
  login: async ({ page: testPage, request }, use) => {
    await use(async (options) => {
      const page = options.page ?? testPage;
      const demo = DEMO_ACCOUNTS[options.role];
      if (options.fresh && options.role !== 'seeker') throw new Error('only seekers sign up fresh');
      const fresh = options.fresh ? await signUpSeeker(request) : undefined;
      const credentials: Credentials = {
        area: demo.area,
        account: fresh?.idNumber ?? options.account ?? demo.account,
        password: fresh?.password ?? options.password ?? demo.password,
      };
      const { home } = areaPaths(credentials.area);
      let session: ApiSession;
      if (options.via === 'form') {
        await submitLoginForm(page, credentials);
        await expect(page).not.toHaveURL(/\/login(\?|$)/);
        session = await sessionOf(page, credentials.area);
      } else {
        session = await logInByApi(page.request, credentials);
        await markSignedIn(page, credentials.area);
        // The area's guard asks for the session on every page load; the page is in once it has it.
        const loaded = page.waitForResponse((response) =>
          response.url().endsWith(`/api/auth/${credentials.area}/session`),
        );
        await page.goto(home);
        expect((await loaded).ok(), `the page's ${credentials.area} session`).toBe(true);
      }
      return {
        ...credentials,
        name: fresh?.name ?? session.account.displayName,
        csrfToken: session.csrfToken,
      };
    });
  },
});

export { expect };
