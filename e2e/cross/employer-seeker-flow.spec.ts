import fs from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { DEMO_COMPANY } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { collectProblems, completeProfileByApi, shot } from '../support/seeker';

// Issue 5 across both sides, all through the pages: the demo company's HR (1440x900) publishes a
// job under 职位管理; a fresh seeker (390x844) finds it by its title and applies; HR opens the
// resume in 简历管理, downloads its PDF and sends a 面试通知; the seeker answers 参加面试; HR
// fills 确认面试 and the seeker sees the details; HR takes the job down and deletes it.

const SEEKER_DEVICE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
} as const;

async function openSeekerPage(browser: Browser, options: { baseURL?: string; locale?: string }) {
  const context = await browser.newContext({
    ...SEEKER_DEVICE,
    baseURL: options.baseURL,
    locale: options.locale,
    timezoneId: 'Asia/Shanghai',
  });
  return context.newPage();
}

async function openConsolePage(page: Page, label: '职位管理' | '简历管理') {
  await page
    .getByRole('navigation', { name: '用人单位导航' })
    .getByRole('menuitem', { name: label, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
}

/** Shanghai's calendar date `days` from now, as YYYY-MM-DD. */
function shanghaiDate(days: number): string {
  const day = new Date(Date.now() + days * 24 * 3600 * 1000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(day);
}

test('[CROSS] HR publishes a job, a seeker applies, HR downloads the PDF and invites, the seeker attends, HR confirms, then takes the job down and deletes it', async ({
  page,
  browser,
  baseURL,
  locale,
  login,
}) => {
  test.setTimeout(180_000);
  const title = `E2E数控编程员${Date.now() % 100_000}`;
  const hrProblems = collectProblems(page);

  // 1. HR: 职位管理 → 新增 → 保存 publishes the job into 招聘中.
  await login({ role: 'employer-admin' });
  await expect(page.getByRole('navigation', { name: '用人单位导航' })).toBeVisible();
  await openConsolePage(page, '职位管理');
  await page.getByRole('button', { name: '新增', exact: true }).click();
  const form = page.getByRole('dialog').filter({ hasText: '新增职位' });
  await form.getByLabel('职位名称', { exact: true }).fill(title);
  await form.getByLabel('职业名称', { exact: true }).fill('数控程序员');
  await form.getByLabel('月薪下限（元）').fill('9000');
  await form.getByLabel('月薪上限（元）').fill('13000');
  await form.getByLabel('招聘人数').fill('2');
  await form.getByLabel('工作地区').fill('浦东新区');
  await form.getByLabel('工作地区').press('Enter');
  await form.getByLabel('工作地址').fill('上海市浦东新区金桥路1216号');
  await form.getByLabel('职位描述').fill('负责数控加工中心的程序编制与工艺优化，配合车间完成首件调试。');
  await form.getByLabel('技能要求').fill('熟悉FANUC、西门子数控系统，能看懂机械图纸。');
  await form.getByLabel('联系人', { exact: true }).fill('张璇');
  await form.getByLabel('联系电话').fill('021-50281234');
  await shot(page, '01-hr-new-job');
  const created = page.waitForResponse(
    (response) => response.url().endsWith('/api/employer/jobs') && response.request().method() === 'POST',
  );
  await form.getByRole('button', { name: '保存' }).click();
  const createdResponse = await created;
  expect(createdResponse.ok(), await createdResponse.text()).toBe(true);
  const { id: jobId } = (await createdResponse.json()) as { id: string };
  await expect(page.getByText(`“${title}”已发布，在“招聘中”列表展示`)).toBeVisible();
  await expect(form).toBeHidden();
  await expect(page.getByRole('tab', { name: /^招聘中/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('row').filter({ hasText: title })).toBeVisible();

  // 2. A fresh seeker on a phone: 职位搜索 by the title, the detail, 我要应聘.
  const seekerPage = await openSeekerPage(browser, { baseURL, locale });
  const seekerProblems = collectProblems(seekerPage);
  const seeker = await login({ role: 'seeker', fresh: true, page: seekerPage });
  await completeProfileByApi(seekerPage);
  await seekerPage.getByRole('link', { name: '招聘', exact: true }).click();
  await seekerPage.getByRole('link', { name: '职位搜索' }).click();
  await expect(seekerPage).toHaveURL(/\/m\/jobs$/);
  await seekerPage.getByLabel('职业名称').fill(title);
  await seekerPage.getByRole('button', { name: '搜索', exact: true }).click();
  const cards = seekerPage.getByRole('list', { name: '岗位列表' }).getByRole('link');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText(title);
  await expect(cards.first()).toContainText('9000-13000元/月');
  await cards.first().click();
  await expect(seekerPage).toHaveURL(new RegExp(`/m/jobs/${jobId}$`));
  await expect(seekerPage.getByText(DEMO_COMPANY).first()).toBeVisible();
  await seekerPage.getByRole('button', { name: '我要应聘' }).click();
  const warning = seekerPage.getByRole('dialog').filter({ hasText: '确认应聘' });
  const applied = seekerPage.getByRole('dialog').filter({ hasText: '应聘成功' });
  await expect(applied.or(warning)).toBeVisible();
  if (await warning.isVisible()) await warning.getByRole('button', { name: '仍要应聘' }).click();
  await expect(applied).toContainText('岗位应聘成功。您目前还剩余 9 个应聘名额。');
  await shot(seekerPage, '02-seeker-applied');
  await applied.getByRole('button', { name: '知道了' }).click();
  await expect(seekerPage.getByRole('button', { name: '已应聘' })).toBeDisabled();

  // 3. HR: 简历管理 → 未处理 → the resume's drawer: 下载PDF, then 发送面试通知.
  await openConsolePage(page, '简历管理');
  await page.getByRole('tab', { name: /^未处理/ }).click();
  const row = page.getByRole('row').filter({ hasText: seeker.name }).filter({ hasText: title });
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: `查看${seeker.name}的简历` }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: `${seeker.name}的简历` });
  await expect(drawer).toContainText(`应聘：${title}`);
  const download = page.waitForEvent('download');
  await drawer.getByRole('button', { name: '下载PDF' }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = fs.readFileSync(await pdf.path());
  expect(bytes.length).toBeGreaterThan(1000);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const thread = drawer.getByRole('region', { name: '沟通记录' });
  const invitation = `${seeker.name}您好，请于本周内来公司参加“${title}”岗位面试，请先确认是否参加。`;
  await thread.getByRole('button', { name: '发送面试通知' }).click();
  await thread.getByLabel('面试通知内容').fill(invitation);
  await shot(page, '03-hr-interview-notice');
  await thread.getByRole('button', { name: '发送面试通知' }).click();
  await expect(page.getByText('面试通知已发送')).toBeVisible();
  await expect(thread.getByText('已发送面试通知，等待求职者选择“参加面试”或“不参加面试”。')).toBeVisible();
  await expect(thread.getByRole('listitem').filter({ hasText: invitation })).toContainText('面试通知');

  // 4. The seeker: 我的应聘 marks 面试通知NEW; 通知 shows the invitation; 参加面试.
  await seekerPage.goto('/m/applications');
  const record = seekerPage.getByRole('article').filter({ hasText: title });
  await expect(record).toContainText('面试通知NEW');
  await shot(seekerPage, '04-seeker-interview-new');
  await record.getByRole('link', { name: /查看回复/ }).click();
  await expect(seekerPage).toHaveURL(/\/m\/applications\/[0-9a-f-]{36}$/);
  await expect(seekerPage.getByRole('heading', { name: '通知', level: 1 })).toBeVisible();
  const notice = seekerPage.getByRole('region', { name: /面试通知/ });
  await expect(notice).toContainText(invitation);
  await notice.getByRole('button', { name: '参加面试', exact: true }).click();
  await expect(seekerPage.getByText('您已确认参加面试，请等待单位确认面试时间和地点。')).toBeVisible();

  // 5. HR, live in the open drawer: the answer, then 确认面试.
  await expect(thread.getByText('求职者选择了“参加面试”，请在下方确认面试安排。')).toBeVisible();
  await expect(thread.getByRole('listitem').filter({ hasText: '面试答复' })).toContainText('参加面试');
  await expect(drawer.getByText('求职者参加面试，待确认', { exact: true })).toBeVisible();
  const date = shanghaiDate(3);
  const confirmForm = thread.getByRole('form', { name: '确认面试' });
  await confirmForm.getByLabel('面试时间').click();
  await confirmForm.getByLabel('面试时间').fill(`${date} 14:30`);
  await confirmForm.getByLabel('面试时间').press('Enter');
  await expect(confirmForm.getByLabel('面试时间')).toHaveValue(`${date} 14:30`);
  await confirmForm.getByLabel('面试地点').fill('浦东新区金桥路 1216 号 6 幢 3 楼会议室');
  await confirmForm.getByLabel('单位联系人').fill('张璇');
  await confirmForm.getByLabel('电话', { exact: true }).fill('021-50281234');
  await confirmForm.getByLabel('备注').fill('请携带身份证和学历证书原件');
  await shot(page, '05-hr-confirm-interview');
  await confirmForm.getByRole('button', { name: '确认面试' }).click();
  await expect(page.getByText('面试已确认，求职者将收到详细的面试通知')).toBeVisible();
  await expect(thread.getByText('已确认的面试安排')).toBeVisible();
  await expect(drawer.getByText('面试已确认', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // 6. The seeker sees the confirmed details, live.
  const [year, month, day] = date.split('-').map(Number);
  const confirmed = seekerPage.getByRole('region', { name: /面试通知/ });
  await expect(confirmed).toContainText('单位已确认');
  await expect(confirmed).toContainText('面试时间');
  await expect(confirmed).toContainText(`${year}年${month}月${day}日`);
  await expect(confirmed).toContainText('14:30');
  await expect(confirmed).toContainText('面试地点浦东新区金桥路 1216 号 6 幢 3 楼会议室');
  await expect(confirmed).toContainText('单位联系人张璇');
  await expect(confirmed).toContainText('电话021-50281234');
  await expect(confirmed).toContainText('备注请携带身份证和学历证书原件');
  await shot(seekerPage, '06-seeker-interview-confirmed');

  // 7. HR: a 招聘中 job offers no 删除, and the server refuses it; 下架, then 删除 from 已下架.
  await openConsolePage(page, '职位管理');
  await page.getByLabel('搜索职位名称').fill(title);
  await page.getByLabel('搜索职位名称').press('Enter');
  const jobRow = page.getByRole('row').filter({ hasText: title });
  await expect(jobRow).toBeVisible();
  await expect(jobRow.getByRole('button', { name: `下架：${title}` })).toBeVisible();
  await expect(jobRow.getByRole('button', { name: `删除：${title}` })).toHaveCount(0);
  const session = await page.request.get('/api/auth/employer/session');
  expect(session.ok()).toBe(true);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const refused = await page.request.delete(`/api/employer/jobs/${jobId}`, {
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(refused.status()).toBe(409);
  expect(((await refused.json()) as { code: string }).code).toBe('JOB_NOT_OFFLINE');

  await jobRow.getByRole('button', { name: `下架：${title}` }).click();
  const offlineDialog = page.getByRole('dialog').filter({ hasText: '确定下架该职位吗？' });
  await expect(offlineDialog).toContainText(`“${title}”`);
  await offlineDialog.getByRole('button', { name: '确定下架' }).click();
  await expect(page.getByText(`已下架“${title}”`)).toBeVisible();
  await expect(jobRow).toHaveCount(0);
  await page.getByRole('tab', { name: /^已下架/ }).click();
  await expect(page.getByRole('tab', { name: /^已下架/ })).toHaveAttribute('aria-selected', 'true');
  await expect(jobRow).toBeVisible();
  await expect(jobRow.getByRole('button', { name: `下架：${title}` })).toHaveCount(0);
  await shot(page, '07-hr-offline');
  await jobRow.getByRole('button', { name: `删除：${title}` }).click();
  const deleteDialog = page.getByRole('dialog').filter({ hasText: '确定删除该职位吗？' });
  await expect(deleteDialog).toContainText(`“${title}”`);
  await deleteDialog.getByRole('button', { name: '确定删除' }).click();
  await expect(page.getByText(`已删除“${title}”`)).toBeVisible();
  await expect(jobRow).toHaveCount(0);
  await expect(page.getByText('没有符合条件的职位')).toBeVisible();
  await page.getByRole('tab', { name: /^招聘中/ }).click();
  await expect(page.getByRole('tab', { name: /^招聘中/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('没有符合条件的职位')).toBeVisible();
  await expect(jobRow).toHaveCount(0);

  // The seeker's record stays, its job no longer recruiting.
  await seekerPage.goto('/m/applications');
  await expect(seekerPage.getByRole('article').filter({ hasText: title })).toBeVisible();

  await seekerPage.context().close();
  expect(hrProblems).toEqual([]);
  expect(seekerProblems).toEqual([]);
});
