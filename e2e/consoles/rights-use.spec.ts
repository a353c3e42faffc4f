import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { collectProblems } from '../support/seeker';

// Issue 12 §7 (decision 018): 职位置顶 uses 职位置顶 days and 邀约 one 人才邀约, both shown before
// confirming and found in 使用记录; the demo's second company, with no rights, is offered 去购买.

type Rights = { points: number; rights: { right: string; remaining: number }[] };

async function left(page: Page, right: string) {
  const body = (await (await page.request.get('/api/employer/mall/rights')).json()) as Rights;
  return body.rights.find((r) => r.right === right)!.remaining;
}

/** A day `offset` days from today in Asia/Shanghai, as the date picker types it. */
const shanghaiDay = (offset: number) =>
  new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

test('[EMPLOYER] 置顶 and 邀约 use their rights and show in 使用记录', async ({ page, login }) => {
  test.setTimeout(120_000);
  const problems = collectProblems(page);
  await login({ role: 'employer-admin' });

  const days = await left(page, 'job_pin');
  await page.goto('/employer/jobs');
  const pinButton = page.getByRole('button', { name: /^置顶：/ }).last();
  const job = (await pinButton.getAttribute('aria-label'))!.replace(/^置顶：/, '');
  await pinButton.click();
  const pin = page.getByRole('dialog').filter({ hasText: '职位置顶' });
  await expect(pin).toContainText(`剩余职位置顶：${days} 天`);
  await expect(pin).toContainText('置顶开始后取消或职位下架，已使用的天数不退回。');
  // Beyond the demo's pins (which end a week from today): two new days.
  await pin.getByPlaceholder('开始日期').click();
  await pin.getByPlaceholder('开始日期').fill(shanghaiDay(20));
  await pin.getByPlaceholder('开始日期').press('Enter');
  await pin.getByPlaceholder('结束日期').fill(shanghaiDay(21));
  await pin.getByPlaceholder('结束日期').press('Enter');
  await expect(pin).toContainText('本次置顶 2 天');
  await pin.getByRole('button', { name: '确定置顶' }).click();
  await expect(page.getByText(`已置顶：${shanghaiDay(20)} 至 ${shanghaiDay(21)}`)).toBeVisible();
  expect(await left(page, 'job_pin')).toBe(days - 2);

  const invitations = await left(page, 'talent_invitation');
  await page.goto('/employer/talent/campus');
  await page
    .getByRole('button', { name: /^邀约：/ })
    .first()
    .click();
  const invite = page.getByRole('dialog').filter({ hasText: '邀约职位' });
  await expect(invite).toContainText(`剩余人才邀约：${invitations} 次`);
  await invite.getByLabel('邀约职位').click();
  await page.locator('.ant-select-item-option').filter({ hasNotText: '已邀约' }).first().click();
  await invite.getByRole('button', { name: '发送邀约' }).click();
  await expect(page.getByText(/^已向.+发出邀约/)).toBeVisible();
  expect(await left(page, 'talent_invitation')).toBe(invitations - 1);

  await page.goto('/employer/mall/rights');
  await page.getByRole('tab', { name: '使用记录' }).click();
  const [invited, pinned] = [page.getByRole('row').nth(1), page.getByRole('row').nth(2)];
  await expect(invited).toContainText('人才邀约');
  await expect(invited).toContainText(/简历：.(先生|女士)（职位：/);
  await expect(pinned).toContainText('职位置顶');
  await expect(pinned).toContainText('2天');
  await expect(pinned).toContainText(`职位：${job}`);
  expect(problems).toEqual([]);
});

test('[EMPLOYER] a company without rights is offered 去购买 and 道具商城 shows 0 快点', async ({
  page,
  login,
}) => {
  await login({ role: 'employer-admin', account: '13900000013', via: 'form' });
  await page.goto('/employer/talent/campus');
  await page
    .getByRole('button', { name: /^邀约：/ })
    .first()
    .click();
  const invite = page.getByRole('dialog').filter({ hasText: '邀约职位' });
  await expect(invite).toContainText('人才邀约权益已用完，请前往道具商城购买道具包');
  await invite.getByRole('button', { name: '去购买' }).click();
  await expect(page).toHaveURL(/\/employer\/mall$/);
  await expect(page.getByRole('heading', { level: 1, name: '道具商城' })).toBeVisible();
  await expect(page.locator('.ant-statistic').filter({ hasText: '快点余额' })).toContainText('0快点');
  await expect(page.getByRole('button', { name: '去充值' })).toBeVisible();
});
