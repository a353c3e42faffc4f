import path from 'node:path';
import { DEMO_COMPANY } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { collectProblems, shot } from '../support/seeker';

// Issue 13 §1, 云宣讲: the demo company (已入驻 at 申江大学) applies for a 录播宣讲 with a video
// upload (the page draws the poster frame and reads the duration), 申江大学's career centre
// approves it in 云宣讲审核 (the drawer plays the video), and the demo seeker, a student of 申江大学,
// finds it under 校园 > 云宣讲 where the video plays.

const VIDEO = path.resolve(
  import.meta.dirname,
  '../../apps/server/src/db/seed/assets/demo-cloud-presentation.webm',
);

test('[EMPLOYER/UNIVERSITY/SEEKER] 申请录播云宣讲 with an upload → 云宣讲审核 approves → the student plays it in 校园', async ({
  page,
  login,
}) => {
  const title = `E2E云宣讲${Date.now().toString().slice(-6)}`;
  const problems = collectProblems(page);

  // 云校招 > 云宣讲 > 申请: step 1 录播宣讲, step 2 the form with the video.
  await login({ role: 'employer-admin' });
  await page.goto('/employer/cloud/presentations');
  await expect(page.getByRole('heading', { level: 1, name: '云宣讲' })).toBeVisible();
  await shot(page, 'cloud-1-list');
  await page.getByRole('button', { name: '申请', exact: true }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '申请云宣讲' });
  await expect(drawer.getByRole('button', { name: /录播宣讲/ })).toBeVisible();
  await shot(page, 'cloud-2-format');
  await drawer.getByRole('button', { name: /录播宣讲/ }).click();
  const form = page.getByRole('dialog').filter({ hasText: '申请录播宣讲' });
  await expect(form.getByLabel('申江大学')).toBeChecked();
  await form.getByLabel('宣讲主题').fill(title);
  await form.getByLabel('宣讲职位').click();
  await page.locator('.ant-select-item-option').first().click();
  await page.keyboard.press('Escape');
  await form.getByLabel('宣讲简介').fill('E2E：公司介绍与岗位解读');
  await form.getByTestId('cloud-video-input').setInputFiles(VIDEO);
  await expect(form.getByText(/已上传/)).toBeVisible({ timeout: 30_000 });
  await expect(form.getByRole('img', { name: '视频封面' })).toBeVisible();
  await shot(page, 'cloud-3-uploaded');
  await form.getByRole('button', { name: '提交审核' }).click();
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row.getByText('申江大学 · 审核中')).toBeVisible();

  // 云宣讲审核 at 申江大学: the drawer shows the application and plays the video.
  const staffPage = await page
    .context()
    .browser()!
    .newPage({ viewport: { width: 1440, height: 900 } });
  const staffProblems = collectProblems(staffPage);
  await login({ role: 'university', page: staffPage });
  await staffPage
    .getByRole('navigation', { name: '高校就业中心导航' })
    .getByRole('menuitem', { name: '云宣讲审核' })
    .click();
  await expect(staffPage.getByRole('heading', { level: 1, name: '云宣讲审核' })).toBeVisible();
  const reviewButtons = staffPage.getByRole('button', { name: `审核：${DEMO_COMPANY}` });
  await expect(reviewButtons.first()).toBeVisible();
  let reviewDrawer = staffPage.getByRole('dialog').filter({ hasText: title });
  for (let i = 0; i < (await reviewButtons.count()); i += 1) {
    await reviewButtons.nth(i).click();
    reviewDrawer = staffPage.getByRole('dialog').filter({ hasText: '云宣讲审核详情' });
    await expect(reviewDrawer.getByText('宣讲主题')).toBeVisible();
    if (await reviewDrawer.getByText(title).isVisible()) break;
    await reviewDrawer.getByRole('button', { name: 'Close' }).click();
  }
  await expect(reviewDrawer.getByText(title)).toBeVisible();
  await expect(reviewDrawer.getByText('录播宣讲')).toBeVisible();
  const reviewVideo = reviewDrawer.locator('video');
  await expect(reviewVideo).toHaveAttribute('src', /\/api\/university\/cloud-presentations\/.+\/video$/);
  await expect
    .poll(() => reviewVideo.evaluate((video: HTMLVideoElement) => video.readyState), { timeout: 15_000 })
    .toBeGreaterThanOrEqual(1);
  await shot(staffPage, 'cloud-4-review');
  await reviewDrawer.getByRole('button', { name: '通过' }).click();
  await staffPage
    .getByRole('dialog')
    .filter({ hasText: '确认通过该申请？' })
    .getByRole('button', { name: '通过' })
    .click();
  await expect(staffPage.getByText('已通过', { exact: true }).first()).toBeVisible();
  await staffPage.getByRole('tab', { name: '本校云宣讲' }).click();
  await expect(staffPage.getByRole('row').filter({ hasText: title })).toBeVisible();
  await shot(staffPage, 'cloud-5-university-list');

  // The company's list follows live: 已通过.
  await expect(row.getByText('申江大学 · 已通过')).toBeVisible();
  await shot(page, 'cloud-6-approved');

  // The student of 申江大学: 校园 > 云宣讲, then the detail page where the video plays.
  const phone = await page
    .context()
    .browser()!
    .newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const phoneProblems = collectProblems(phone);
  await login({ role: 'seeker', page: phone });
  await phone.goto('/m/campus?tab=cloud-presentations');
  const card = phone.getByRole('link').filter({ hasText: title });
  await expect(card).toBeVisible();
  await shot(phone, 'cloud-7-campus');
  await card.click();
  await expect(phone.getByRole('heading', { name: title })).toBeVisible();
  const video = phone.getByLabel(`宣讲视频：${title}`);
  await expect(video).toHaveAttribute('poster', /\/api\/public\/cloud-presentations\/.+\/poster$/);
  await video.evaluate((element: HTMLVideoElement) => {
    element.muted = true;
    return element.play();
  });
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime), { timeout: 15_000 })
    .toBeGreaterThan(0.3);
  expect(await video.evaluate((element: HTMLVideoElement) => element.readyState)).toBeGreaterThanOrEqual(2);
  await shot(phone, 'cloud-8-playing');

  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
  expect(staffProblems).toEqual([]);
  expect(phoneProblems).toEqual([]);
  await staffPage.close();
  await phone.close();
});
