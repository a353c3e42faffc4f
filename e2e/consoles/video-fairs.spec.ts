import { DEMO_ACCOUNTS, DEMO_COMPANY } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { collectProblems, shot } from '../support/seeker';

// Issue 13 §2, 视频双选会: 申江大学's career centre creates a fair in 视频双选会; the demo company
// 去报名 and pays in 快点, sees 待审核 in 我的报名; the centre approves it in 视频双选会审核; the
// company sees 已通过 (live); the demo seeker, a student of 申江大学, signs up in the app.

/** YYYY-MM-DD HH:mm in Shanghai, `days` from now at `hour` (what the date pickers take typed). */
function shanghai(days: number, hour: number): string {
  const day = new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  return `${day} ${String(hour).padStart(2, '0')}:00`;
}

async function pick(page: import('@playwright/test').Page, label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

test('[UNIVERSITY/EMPLOYER/SEEKER] 新建视频双选会 → 去报名 with 快点 → 待审核 → 审核通过 → 已通过; a student 报名参加', async ({
  page,
  login,
}) => {
  test.setTimeout(150_000);
  const title = `E2E视频双选会${Date.now().toString().slice(-6)}`;

  // 申江大学's staff: 新建视频双选会 (next week, 报名 until two days before).
  const staffProblems = collectProblems(page);
  await login({ role: 'university' });
  await page.goto('/university/video-fairs');
  await expect(page.getByRole('heading', { level: 1, name: '视频双选会' })).toBeVisible();
  await page.getByRole('button', { name: '新建视频双选会' }).click();
  const form = page.getByRole('dialog').filter({ hasText: '新建视频双选会' });
  await form.getByLabel('双选会名称').fill(title);
  await form.getByLabel('报名费').fill('100');
  await form.getByLabel('单位名额').fill('10');
  // A typed date is taken with Enter; the last Enter may already submit the complete form.
  await pick(page, '开始时间', shanghai(7, 9));
  await pick(page, '结束时间', shanghai(8, 17));
  await pick(page, '报名截止时间', shanghai(5, 17));
  const published = page.getByText('视频双选会已发布');
  await expect(published)
    .toBeVisible({ timeout: 3_000 })
    .catch(() => form.getByRole('button', { name: '发布视频双选会' }).click());
  await expect(published).toBeVisible();
  const staffRow = page.getByRole('row').filter({ hasText: title });
  await expect(staffRow.getByText('报名中')).toBeVisible();
  await shot(page, 'video-fairs-1-created');

  // The demo company: 去报名, the agreement required, 快点支付.
  const hr = await page
    .context()
    .browser()!
    .newPage({ viewport: { width: 1440, height: 900 } });
  const hrProblems = collectProblems(hr);
  await login({ role: 'employer-admin', page: hr });
  await hr.goto('/employer/cloud/video-fairs');
  await expect(hr.getByRole('heading', { level: 1, name: '视频双选会' })).toBeVisible();
  await hr.getByLabel('搜索双选会名称或高校').fill(title);
  await hr.getByLabel('搜索双选会名称或高校').press('Enter');
  const row = hr.getByRole('row').filter({ hasText: title });
  await row.getByRole('button', { name: `去报名：${title}` }).click();
  const drawer = hr.getByRole('dialog').filter({ hasText: `报名：${title}` });
  await drawer.getByLabel('招聘需求').fill('招聘机械设计方向应届生');
  await drawer.getByLabel('面试间1面试官姓名').fill(DEMO_ACCOUNTS['employer-admin'].name);
  await drawer.getByLabel('面试间1登录成员').click();
  await hr
    .locator('.ant-select-item-option')
    .filter({ hasText: DEMO_ACCOUNTS['employer-admin'].name })
    .first()
    .click();
  await drawer.getByRole('button', { name: '确认报名并支付' }).click();
  await expect(drawer.getByText('请阅读并同意《视频双选会协议》')).toBeVisible();
  await drawer.getByRole('checkbox', { name: /阅读并同意/ }).check();
  await expect(drawer.getByText(/快点支付（余额 \d+ 快点，需 100 快点）/)).toBeVisible();
  await shot(hr, 'video-fairs-2-register');
  await drawer.getByRole('button', { name: '确认报名并支付' }).click();
  await expect(hr.getByText('报名成功，学校将在三个工作日内审核')).toBeVisible();
  const mine = hr.getByRole('row').filter({ hasText: title });
  await expect(mine.getByText('待审核')).toBeVisible();
  await expect(mine.getByText('100快点 · 快点支付')).toBeVisible();

  // 视频双选会审核: 通过.
  await page.goto('/university/video-fair-registrations');
  await expect(page.getByRole('heading', { level: 1, name: '视频双选会审核' })).toBeVisible();
  await page
    .getByRole('row')
    .filter({ hasText: DEMO_COMPANY })
    .first()
    .getByRole('button', { name: `审核：${DEMO_COMPANY}` })
    .click();
  const review = page.getByRole('dialog').filter({ hasText: title });
  await expect(review.getByText('100快点（快点支付）')).toBeVisible();
  await shot(page, 'video-fairs-3-review');
  await review.getByRole('button', { name: '通过' }).click();
  await page
    .getByRole('dialog')
    .filter({ hasText: '确认通过该申请？' })
    .getByRole('button', { name: '通过' })
    .click();

  // The company's 我的报名 follows live: 已通过 and its 面试间.
  await expect(mine.getByText('已通过')).toBeVisible();
  await expect(mine.getByRole('link', { name: '面试间1' })).toBeVisible();
  await shot(hr, 'video-fairs-4-approved');

  // The demo seeker, a student of 申江大学: 报名参加.
  const phone = await page
    .context()
    .browser()!
    .newPage({ viewport: { width: 390, height: 844 } });
  await login({ role: 'seeker', page: phone });
  await phone.goto('/m/campus/video-fairs');
  await phone.getByRole('link', { name: new RegExp(title) }).click();
  await expect(phone.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(phone.getByText(DEMO_COMPANY)).toBeVisible();
  await phone.getByRole('button', { name: '报名参加' }).click();
  await expect(phone.getByText('✓ 已报名')).toBeVisible();
  await shot(phone, 'video-fairs-5-student');

  expect(staffProblems).toEqual([]);
  expect(hrProblems).toEqual([]);
  await hr.close();
  await phone.close();
});
