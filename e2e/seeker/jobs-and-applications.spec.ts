import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { DEMO_COMPANY } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import {
  collectProblems,
  completeProfileByApi,
  employerApi,
  findJobs,
  seekerApi,
  shot,
} from '../support/seeker';

// Seed 000 §三-§七 on a phone: 职位搜索 behind the one-time profile, applying up to the quota of 10,
// 我的应聘 with 撤销 and 历史应聘记录, the employer's replies and interview live, and 职位收藏.
// Every test signs a fresh seeker up, so the demo data and the tests never share state.

test.use({ viewport: { width: 390, height: 844 } });

const successMessage = (remaining: number) => `岗位应聘成功。您目前还剩余 ${remaining} 个应聘名额。`;

/** Clicks 我要应聘 and accepts the requirement warning when there is one; returns what came next. */
async function clickApply(page: Page, outcome: string) {
  await page.getByRole('button', { name: '我要应聘' }).click();
  const next = page.getByRole('dialog').filter({ hasText: outcome });
  const warning = page.getByRole('dialog').filter({ hasText: '确认应聘' });
  await expect(next.or(warning)).toBeVisible();
  if (await warning.isVisible()) {
    await expect(warning).toContainText('您不完全符合该岗位的以下要求');
    await warning.getByRole('button', { name: '仍要应聘' }).click();
  }
  await expect(next).toBeVisible();
  return next;
}

const applyOnDetail = (page: Page) => clickApply(page, '应聘成功');

test('[SEEKER] completes the profile, searches 技工 with filters, opens a job and its probation pop-up, applies until the quota is full (message each time), is refused the eleventh, withdraws one and finds it in history', async ({
  page,
  login,
}) => {
  test.setTimeout(240_000);
  // The eleventh application is refused with 409 APPLICATION_QUOTA_FULL, on purpose.
  const problems = collectProblems(page, [{ status: 409, url: /\/api\/seeker\/applications$/ }]);
  await login({ role: 'seeker', fresh: true });

  // 1. 招聘 → 职位搜索: first the one-time 学历 / 政治面貌 form, with the seed's words.
  await page.getByRole('link', { name: '招聘', exact: true }).click();
  await page.getByRole('link', { name: '职位搜索' }).click();
  await expect(page).toHaveURL(/\/m\/jobs$/);
  await expect(page.getByText('请完善个人信息，并确认正确后提交')).toBeVisible();
  await expect(
    page.getByText('注：上述信息提交成功后无法在 APP 中修改，如需修改请前往各区就业促进中心。'),
  ).toBeVisible();
  await shot(page, '01-complete-profile');
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByText('请选择学历')).toBeVisible();
  await expect(page.getByText('请选择政治面貌')).toBeVisible();
  await page.getByLabel('学历').click();
  await page.getByRole('radio', { name: '高中/中专/技校' }).click();
  await page.getByLabel('政治面貌').click();
  await page.getByRole('radio', { name: '群众', exact: true }).click();
  await expect(page.getByLabel('学历')).toHaveAccessibleName(/高中\/中专\/技校/);
  await page.getByRole('button', { name: '提交' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: '请确认个人信息' });
  await expect(confirm).toContainText('高中/中专/技校');
  await expect(confirm).toContainText('群众');
  await shot(page, '02-confirm-profile');
  await confirm.getByRole('button', { name: '确认提交' }).click();

  // 2. The search: keyword 技工, then 年龄 and 工作性质; the count and the cards' facts.
  await expect(page.getByText(/共 \S+ 个岗位/)).toBeVisible();
  await page.getByLabel('职业名称').fill('技工');
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await expect(page).toHaveURL(/keyword=%E6%8A%80%E5%B7%A5/);
  await page.getByLabel('年龄').click();
  await page.getByRole('radio', { name: '30岁' }).click();
  await page.getByLabel('工作性质').click();
  await page.getByRole('radio', { name: '全日制劳动合同' }).click();
  await expect(page).toHaveURL(/age=30/);
  await expect(page).toHaveURL(/workNature=01/);
  const cards = page.getByRole('list', { name: '岗位列表' }).getByRole('link');
  await expect(cards.first()).toBeVisible();
  const count = page.getByText(/共 \S+ 个岗位/);
  await expect(count).toBeVisible();
  const total = Number(((await count.textContent()) ?? '').replace(/\D/g, ''));
  expect(total, 'jobs matching 技工, 30岁, 全日制劳动合同').toBeGreaterThanOrEqual(11);
  await expect(cards.first()).toContainText('技工');
  await expect(cards.first()).toContainText(/元\/月/);
  await expect(cards.first()).toContainText(/招\d+人/);
  await expect(cards.first()).toContainText(/\d+-\d+岁|年龄不限/);
  await shot(page, '03-search-results');

  // 3. A job's detail: 月收入 with its 试用期 pop-up, 职位描述, 技能要求.
  await cards.first().click();
  await expect(page).toHaveURL(/\/m\/jobs\/[0-9a-f-]{36}$/);
  await expect(page.getByText('月收入')).toBeVisible();
  await expect(page.getByRole('heading', { name: '职位描述' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '技能要求' })).toBeVisible();
  await page.getByRole('button', { name: '试用期' }).click();
  const probation = page.getByRole('dialog').filter({ hasText: '试用期信息' });
  await expect(probation).toBeVisible();
  await expect(probation).toContainText(/试用期\s*\d+个月|无试用期/);
  await shot(page, '04-probation');
  await probation.getByRole('button', { name: '知道了' }).click();
  await expect(probation).toBeHidden();

  // 4. Apply ten times, each time the server's own words with the remaining quota.
  const appliedTitles: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    if (i > 0) {
      await cards.nth(i).click();
      await expect(page.getByRole('button', { name: '我要应聘' })).toBeVisible();
    }
    appliedTitles.push((await page.getByRole('heading', { level: 2 }).first().textContent()) ?? '');
    const dialog = await applyOnDetail(page);
    await expect(dialog).toContainText(successMessage(9 - i));
    if (i === 0 || i === 9) await shot(page, `05-applied-${i + 1}`);
    await dialog.getByRole('button', { name: '知道了' }).click();
    await expect(page.getByRole('button', { name: '已应聘' })).toBeDisabled();
    // Back to the same search, filters and list as they were.
    await page.getByRole('link', { name: '返回职位搜索' }).click();
    await expect(page).toHaveURL(/\/m\/jobs\?.*age=30/);
    await expect(page.getByLabel('年龄')).toHaveAccessibleName(/30岁/);
    await expect(page.getByLabel('职业名称')).toHaveValue('技工');
  }

  // 5. The eleventh: the page says to withdraw first, and the server refuses.
  await cards.nth(10).click();
  await expect(page.getByText('需要撤销部分应聘记录后才可继续投递')).toBeVisible();
  await expect(page.getByRole('button', { name: '我的应聘' })).toBeVisible();
  const refused = await clickApply(page, '应聘名额已满');
  await expect(refused).toContainText('需要撤销部分应聘记录后才可继续应聘');
  await shot(page, '06-quota-full');
  await refused.getByRole('button', { name: '前往我的应聘' }).click();

  // 6. 我的应聘: ten current records; 撤销 one (with a confirmation), then find it in 历史应聘记录.
  await expect(page).toHaveURL(/\/m\/applications$/);
  await expect(page.getByRole('tab', { name: '当前应聘记录' })).toHaveAttribute('aria-selected', 'true');
  const current = page.getByRole('list', { name: '当前应聘记录' }).getByRole('article');
  await expect(current).toHaveCount(10);
  await expect(page.getByText(/当前应聘\s*10\s*\/10 条，还剩余\s*0\s*个应聘名额/)).toBeVisible();
  await shot(page, '07-applications-full');
  const record = current.first();
  const withdrawnTitle = ((await record.getByRole('link').first().textContent()) ?? '').trim();
  expect(appliedTitles.some((title) => title.startsWith(withdrawnTitle))).toBe(true);
  await record.getByRole('button', { name: '撤销' }).click();
  const withdrawDialog = page.getByRole('dialog').filter({ hasText: '撤销应聘' });
  await expect(withdrawDialog).toContainText(withdrawnTitle);
  await shot(page, '08-withdraw-confirm');
  await withdrawDialog.getByRole('button', { name: '撤销' }).click();
  await expect(current).toHaveCount(9);
  await expect(page.getByText(/还剩余\s*1\s*个应聘名额/)).toBeVisible();
  await page.getByRole('tab', { name: '历史应聘记录' }).click();
  const history = page.getByRole('list', { name: '历史应聘记录' }).getByRole('article');
  await expect(history.filter({ hasText: withdrawnTitle })).toBeVisible();
  await expect(history.filter({ hasText: withdrawnTitle })).toContainText('已撤销');
  await expect(history.getByRole('button', { name: '撤销' })).toHaveCount(0);
  await shot(page, '09-history');

  expect(problems).toEqual([]);
});

test('[SEEKER] receives an employer reply live, attends an interview and sees the confirmed details', async ({
  page,
  baseURL,
  login,
}) => {
  test.setTimeout(120_000);
  const problems = collectProblems(page);
  const seeker = await login({ role: 'seeker', fresh: true });
  await completeProfileByApi(page);
  const employer = await employerApi(baseURL!);

  // 1. Apply to one of the demo employer's jobs (上海申城智造科技有限公司).
  const [job] = await findJobs(page, 1, { accept: (item) => item.companyName === DEMO_COMPANY });
  await page.goto(`/m/jobs/${job!.id}`);
  await expect(page.getByText(DEMO_COMPANY).first()).toBeVisible();
  const applied = await applyOnDetail(page);
  await expect(applied).toContainText(successMessage(9));
  await applied.getByRole('button', { name: '查看我的应聘' }).click();
  await expect(page).toHaveURL(/\/m\/applications$/);
  const record = page.getByRole('article').filter({ hasText: job!.title });
  await expect(record).toContainText('已投递');

  // 2. The employer finds the application and replies: the list marks it without a reload.
  const list = await employer.get<{ items: Array<{ id: string; seeker: { name: string } }> }>(
    `/api/employer/applications?jobId=${job!.id}`,
  );
  const application = list.items.find((item) => item.seeker.name === seeker.name);
  expect(application, 'the employer sees the new application').toBeDefined();
  const applicationId = application!.id;
  await employer.post(`/api/employer/applications/${applicationId}/messages`, {
    body: '您好，我们已收到您的简历，请问您近期方便来公司面试吗？',
  });
  await expect(record.getByRole('link', { name: /查看回复（1条未读）/ })).toBeVisible();
  await expect(record.getByRole('img', { name: '有未读回复' })).toBeVisible();
  await shot(page, '01-reply-badge');

  // 3. 查看回复 → 通知: the reply on the left; the seeker answers on the right.
  await record.getByRole('link', { name: /查看回复/ }).click();
  await expect(page).toHaveURL(new RegExp(`/m/applications/${applicationId}$`));
  await expect(page.getByRole('heading', { name: '通知', level: 1 })).toBeVisible();
  const thread = page.getByRole('list', { name: '消息记录' });
  await expect(thread.getByRole('listitem').filter({ hasText: '近期方便来公司面试吗' })).toHaveClass(
    /m-msg--employer/,
  );
  await page.getByPlaceholder('点击输入回复内容').fill('您好，我下周工作日都可以，谢谢！');
  await page.getByRole('button', { name: '发送' }).click();
  await expect(thread.getByRole('listitem').filter({ hasText: '我下周工作日都可以' })).toHaveClass(
    /m-msg--seeker/,
  );
  await expect(page.getByPlaceholder('点击输入回复内容')).toHaveValue('');

  // 4. The employer sends an interview notice: 参加面试 / 不参加面试 appear live.
  await employer.post(`/api/employer/applications/${applicationId}/interview`, {
    body: '诚邀您参加面试，请选择是否参加，确认后我们将发送面试时间和地点。',
  });
  await expect(page.getByRole('button', { name: '参加面试', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '不参加面试' })).toBeVisible();
  await shot(page, '02-interview-notice');
  await page.getByRole('button', { name: '参加面试', exact: true }).click();
  await expect(page.getByText('您已确认参加面试，请等待单位确认面试时间和地点。')).toBeVisible();

  // 5. The employer confirms: 面试时间, 面试地点, 单位联系人, 电话, 备注 and 添加到日历, live.
  const day = new Date(Date.now() + 3 * 24 * 3600 * 1000);
  const shanghaiDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(day);
  await employer.post(`/api/employer/applications/${applicationId}/interview/confirm`, {
    time: `${shanghaiDate}T14:30:00+08:00`,
    location: '浦东新区金桥路 1216 号 6 幢 3 楼会议室',
    contactName: '张璇',
    contactPhone: '021-50281234',
    note: '请携带身份证和学历证书原件',
  });
  const card = page.getByRole('region', { name: /面试通知/ });
  await expect(card.getByText('面试时间', { exact: true })).toBeVisible();
  const [year, month, date] = shanghaiDate.split('-').map(Number);
  await expect(card).toContainText(`${year}年${month}月${date}日`);
  await expect(card).toContainText('14:30');
  await expect(card).toContainText('面试地点');
  await expect(card).toContainText('浦东新区金桥路 1216 号 6 幢 3 楼会议室');
  await expect(card).toContainText('单位联系人');
  await expect(card).toContainText('张璇');
  await expect(card).toContainText('电话');
  await expect(card).toContainText('021-50281234');
  await expect(card).toContainText('备注');
  await expect(card).toContainText('请携带身份证和学历证书原件');
  await shot(page, '03-interview-confirmed');
  const download = page.waitForEvent('download');
  await card.getByRole('link', { name: '添加到日历' }).click();
  const ics = await download;
  expect(ics.suggestedFilename()).toMatch(/\.ics$/);
  expect(fs.readFileSync(await ics.path(), 'utf8')).toContain('BEGIN:VCALENDAR');

  // 6. 我的应聘 shows the state.
  await page.getByRole('link', { name: '返回我的应聘' }).click();
  await expect(page.getByRole('article').filter({ hasText: job!.title })).toContainText('面试已确认');
  await employer.dispose();
  expect(problems).toEqual([]);
});

test('[SEEKER] fills favourites to 10 and is refused the eleventh', async ({ page, login }) => {
  test.setTimeout(120_000);
  // The eleventh favourite is refused with 409 FAVOURITES_FULL, on purpose.
  const problems = collectProblems(page, [{ status: 409, url: /\/api\/seeker\/favourites$/ }]);
  await login({ role: 'seeker', fresh: true });
  await completeProfileByApi(page);
  const jobs = await findJobs(page, 11);

  // 1. 收藏 at the top right of ten jobs' details.
  for (const [index, job] of jobs.slice(0, 10).entries()) {
    await page.goto(`/m/jobs/${job.id}`);
    const favourite = page.getByRole('button', { name: '收藏', exact: true });
    await expect(favourite).toHaveAttribute('aria-pressed', 'false');
    await favourite.click();
    await expect(page.getByRole('button', { name: '已收藏' })).toHaveAttribute('aria-pressed', 'true');
    if (index === 0) await shot(page, '01-favourited');
  }

  // 2. The eleventh: the server's message, and the way to 编辑 the list.
  await page.goto(`/m/jobs/${jobs[10]!.id}`);
  await page.getByRole('button', { name: '收藏', exact: true }).click();
  const full = page.getByRole('dialog').filter({ hasText: '收藏已满' });
  await expect(full).toContainText('收藏岗位已达上限（10条），请先在“编辑”中删除部分收藏');
  await shot(page, '02-favourites-full');
  await full.getByRole('button', { name: '编辑收藏' }).click();

  // 3. 职位收藏: 10/10; 编辑 → choose one → 删除 → 9/10.
  await expect(page).toHaveURL(/\/m\/favourites$/);
  await expect(page.getByText('10/10')).toBeVisible();
  const saved = page.getByRole('list', { name: '收藏的岗位' }).getByRole('listitem');
  await expect(saved).toHaveCount(10);
  await shot(page, '03-favourites-list');
  await page.getByRole('button', { name: '编辑', exact: true }).click();
  await page.getByLabel(`选择 ${jobs[0]!.title}`, { exact: false }).first().check();
  await page.getByRole('button', { name: /^删除/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('9/10')).toBeVisible();
  await expect(saved).toHaveCount(9);
  await shot(page, '04-after-delete');

  // 4. Now the eleventh fits.
  await page.goto(`/m/jobs/${jobs[10]!.id}`);
  await page.getByRole('button', { name: '收藏', exact: true }).click();
  await expect(page.getByRole('button', { name: '已收藏' })).toBeVisible();

  // The API agrees: ten favourites.
  const api = await seekerApi(page);
  const list = (await (await api.get('/api/seeker/favourites')).json()) as { items: unknown[] };
  expect(list.items).toHaveLength(10);
  expect(problems).toEqual([]);
});
