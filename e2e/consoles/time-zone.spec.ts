import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

// Times are stored in UTC and shown in Asia/Shanghai whatever the computer's own zone
// (docs/ARCHITECTURE.md; apps/web/src/lib/format.ts). This browser runs in New York, 12 or 13 hours
// behind Shanghai: had the console formatted with the browser's zone, the demo's 16:00 线下面试
// would read 03:00 or 04:00, and its calendar entry would sit on the previous day.
test.use({ timezoneId: 'America/New_York' });

type Session = { id: string; title: string; startsAt: string };

const SHANGHAI = { timeZone: 'Asia/Shanghai', hourCycle: 'h23' } as const;

/** 2026-05-14 16:00, the way the console writes a time (lib/format.ts formatDateTime). */
function shanghaiDateTime(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      ...SHANGHAI,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** A page of the console by its address, once its heading shows. */
async function openEmployerPage(page: Page, path: string, heading: string) {
  await page.goto(`/employer/${path}`);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test('[EMPLOYER] a console in New York shows interview times in Shanghai time', async ({ page, login }) => {
  await login({ role: 'employer-admin' });
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
    'America/New_York',
  );

  // 首页>面试安排, tab 面试安排: the stored start of each session, in Shanghai.
  await openEmployerPage(page, 'home/interviews', '面试安排');
  const listed = page.waitForResponse((response) =>
    response.url().includes('/api/employer/interview-sessions?'),
  );
  await page.getByRole('tab', { name: '面试安排' }).click();
  const response = await listed;
  expect(response.ok(), await response.text()).toBe(true);
  const { items } = (await response.json()) as { items: Session[] };
  const session = items.find((item) => item.title === '数控工艺岗位现场面试');
  expect(session, 'the demo company has a 线下面试 today').toBeDefined();
  const expected = shanghaiDateTime(session!.startsAt);
  expect(expected).toMatch(/ 16:00$/);
  const row = page.getByRole('row').filter({ hasText: session!.title });
  await expect(row).toContainText(expected);

  // 校招日历, week view: the entry sits on its Shanghai day, with its Shanghai clock time.
  await openEmployerPage(page, 'home/calendar', '校招日历/待办事项');
  await page.getByText('周视图', { exact: true }).click();
  const [date, clock] = expected.split(' ');
  const [, month, day] = date!.split('-').map(Number);
  const dayCell = page.getByRole('region', { name: new RegExp(`^${month}月${day}日 `) });
  await expect(dayCell.getByText(`${clock} 面试·${session!.title}`)).toBeVisible();
});
