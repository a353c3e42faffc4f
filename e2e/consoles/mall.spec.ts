import { expect, test } from '../support/fixtures';
import { collectProblems } from '../support/seeker';

// Issue 12 §6-7, 道具商城: the demo company buys 简历下载包 (the confirmation shows the balance
// after), sees 20 more 简历下载 in 我的权益, downloads a recommended resume (the confirmation shows
// what is left) and finds the use in 使用记录 with the seeker's masked name.

type Rights = { points: number; rights: { right: string; remaining: number }[] };

test('[EMPLOYER] 购买道具包 → 我的权益 → 人才推荐 下载 → 使用记录', async ({ page, login }) => {
  test.setTimeout(120_000);
  const problems = collectProblems(page);
  await login({ role: 'employer-admin' });
  const downloadsLeft = async () => {
    const response = await page.request.get('/api/employer/mall/rights');
    const body = (await response.json()) as Rights;
    return body.rights.find((r) => r.right === 'resume_download')!.remaining;
  };
  const before = await downloadsLeft();

  await page.goto('/employer/mall');
  await expect(page.getByRole('heading', { level: 1, name: '道具商城' })).toBeVisible();
  await expect(page.getByRole('button', { name: '去充值' })).toBeVisible();
  await page.getByRole('button', { name: '购买简历下载包' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: '购买“简历下载包”？' });
  await expect(confirm).toContainText('价格：300 快点');
  await expect(confirm).toContainText('购买后余额');
  await confirm.getByRole('button', { name: '确认购买' }).click();
  await expect(page.getByText('已购买“简历下载包”，道具已发放至我的权益')).toBeVisible();
  expect(await downloadsLeft()).toBe(before + 20);

  await page.goto('/employer/mall/rights');
  await expect(page.getByRole('heading', { level: 1, name: '我的权益' })).toBeVisible();
  await expect(page.getByText(String(before + 20).replace(/\B(?=(\d{3})+(?!\d))/g, ','))).toBeVisible();

  // 人才推荐: a seeker who applied to the company costs nothing (the demo seeker did); a new one
  // uses one 简历下载. The first cards are tried until one is new.
  await page.goto('/employer/talent/recommended');
  let left = before + 20;
  let name = '';
  // Cards already downloaded show 查看联系方式: the next page is tried when none of a page is new.
  const nextDownload = async () => {
    for (let pages = 0; pages < 5; pages += 1) {
      await expect(page.getByText(/^共\d+人$/)).toBeVisible();
      const button = page.getByRole('button', { name: /^下载：/ }).first();
      if ((await button.count()) > 0) return button;
      await page.getByTitle('下一页').click();
      await expect(page.locator('.ant-pagination-item-active')).toHaveText(String(pages + 2));
    }
    throw new Error('no recommended seeker left to download on the first five pages');
  };
  for (let tries = 0; tries < 10 && !name; tries += 1) {
    const next = await nextDownload();
    const who = /^下载：(.+?)（/.exec((await next.getAttribute('aria-label'))!)![1]!;
    await next.click();
    const ask = page.getByRole('dialog').filter({ hasText: `下载${who}的简历？` });
    await expect(ask).toContainText(`剩余简历下载：${left} 次`);
    await ask.getByRole('button', { name: '确认下载' }).click();
    const answer = page.getByRole('dialog').filter({ hasText: '下载职位' });
    await expect(answer).toBeVisible();
    if ((await answer.textContent())?.includes('下载成功')) {
      await expect(answer).toContainText('已使用一次简历下载权益');
      name = who;
      left -= 1;
    } else {
      await expect(answer).toContainText('该求职者已投递本单位，简历已在“简历管理”中，本次未使用权益。');
    }
    await answer.getByRole('button', { name: '知道了' }).click();
    await expect(answer).toBeHidden();
    expect(await downloadsLeft()).toBe(left);
  }
  expect(name).not.toBe('');

  await page.goto('/employer/mall/rights');
  await page.getByRole('tab', { name: '使用记录' }).click();
  const row = page.getByRole('row').nth(1);
  await expect(row).toContainText('张璇');
  await expect(row).toContainText('简历下载');
  await expect(row).toContainText(`简历：${name}`);
  expect(problems).toEqual([]);
});
