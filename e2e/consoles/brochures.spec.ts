import { DEMO_ACCOUNTS, DEMO_COMPANY, logInByApi } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { collectProblems, shot } from '../support/seeker';

// Issue 11 items 6-7, 在线招聘 and 校招答疑: the demo company (已入驻 at 申江大学) writes a 招聘简章
// in the rich text editor and 发布 it; 申江大学's career centre reads it in 招聘简章审核 and approves
// it; a student finds it in the 招聘简章 feed, asks a question from it, the company answers on
// 校招答疑 and the student's 我的提问 shows the answer.

const UNIVERSITY = '申江大学';

test('[EMPLOYER/UNIVERSITY/SEEKER] 新增 → 发布 → 招聘简章审核 → public → 提问 → 回复 → 我的提问', async ({
  page,
  request,
  login,
}) => {
  test.setTimeout(150_000);
  const title = `E2E校园招聘简章${Date.now().toString().slice(-6)}`;

  // The company: 新增 with formatted text, then 发布 at 申江大学.
  const problems = collectProblems(page);
  await login({ role: 'employer-admin' });
  await page.goto('/employer/campus/brochures');
  await expect(page.getByRole('heading', { level: 1, name: '在线招聘' })).toBeVisible();
  await page.getByRole('button', { name: '新增', exact: true }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '新增招聘简章' });
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(drawer.getByText('请填写简章正文')).toBeVisible();
  await drawer.getByLabel('标题', { exact: true }).fill(title);
  const body = drawer.getByRole('textbox', { name: '正文' });
  await body.click();
  await drawer.getByRole('button', { name: '大标题' }).click();
  await page.keyboard.type('关于我们');
  await page.keyboard.press('Enter');
  await drawer.getByRole('button', { name: '粗体' }).click();
  await page.keyboard.type('欢迎加入');
  await drawer.getByRole('button', { name: '粗体' }).click();
  await page.keyboard.type('我们的团队。');
  await expect(body.locator('h2')).toHaveText('关于我们');
  await expect(body.locator('strong')).toHaveText('欢迎加入');
  await shot(page, 'brochures-1-editor');
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('招聘简章已保存，可点击“发布”提交高校审核')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row.getByText('未发布')).toBeVisible();

  await row.getByRole('button', { name: `发布：${title}` }).click();
  const publish = page.getByRole('dialog').filter({ hasText: `发布招聘简章：${title}` });
  await expect(publish.getByRole('checkbox', { name: '沪东师范学院' })).toBeDisabled();
  await publish.getByRole('checkbox', { name: UNIVERSITY }).check();
  await publish.getByRole('button', { name: '发布' }).click();
  await expect(page.getByText('已提交高校审核，学校将在两个工作日内审核')).toBeVisible();
  await expect(row.getByText(`${UNIVERSITY}：审核中`)).toBeVisible();
  await shot(page, 'brochures-2-published');

  // 申江大学's staff: 招聘简章审核 shows the brochure's text; 通过.
  const staff = DEMO_ACCOUNTS.university;
  await logInByApi(request, {
    area: 'university',
    account: staff.account,
    password: staff.password,
  });
  const queue = await request.get('/api/university/reviews?kind=brochure&state=pending&page=1&pageSize=20');
  const items = ((await queue.json()) as { items: { view: { richText?: { title: string } } }[] }).items;
  const index = items.findIndex((item) => item.view.richText?.title === title);
  expect(index).toBeGreaterThanOrEqual(0);
  const staffPage = await page
    .context()
    .browser()!
    .newPage({ viewport: { width: 1440, height: 900 } });
  const staffProblems = collectProblems(staffPage);
  await login({ role: 'university', page: staffPage });
  await staffPage
    .getByRole('navigation', { name: '高校就业中心导航' })
    .getByRole('menuitem', { name: '招聘简章审核' })
    .click();
  await expect(staffPage.getByRole('heading', { level: 1, name: '招聘简章审核' })).toBeVisible();
  await staffPage
    .getByRole('row')
    .filter({ hasText: DEMO_COMPANY })
    .nth(index)
    .getByRole('button', { name: `审核：${DEMO_COMPANY}` })
    .click();
  const review = staffPage.getByRole('dialog').filter({ hasText: '招聘简章审核详情' });
  const text = review.getByRole('region', { name: title });
  await expect(text.locator('strong')).toHaveText('欢迎加入');
  await shot(staffPage, 'brochures-3-review');
  await review.getByRole('button', { name: '通过' }).click();
  await staffPage
    .getByRole('dialog')
    .filter({ hasText: '确认通过该申请？' })
    .getByRole('button', { name: '通过' })
    .click();
  // The company's list follows live.
  await expect(row.getByText(`${UNIVERSITY}：已发布`)).toBeVisible();

  // A student: the feed shows it; 提问 from the brochure.
  const phone = await page
    .context()
    .browser()!
    .newPage({ viewport: { width: 390, height: 844 } });
  const phoneProblems = collectProblems(phone);
  await login({ role: 'seeker', page: phone });
  await phone.goto('/m/campus/brochures');
  await phone.getByRole('link').filter({ hasText: title }).click();
  await expect(phone.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(phone.locator('.brochure-html strong')).toHaveText('欢迎加入');
  const question = `请问${title}的岗位接受应届硕士吗？`;
  await phone.getByRole('button', { name: '提问' }).click();
  await phone.getByLabel(/你的问题/).fill(question);
  await phone.getByRole('button', { name: '提交' }).click();
  await expect(phone.getByText('已提交，单位回复后会通知你')).toBeVisible();
  await phone.goto('/m/campus/questions');
  const mine = phone.getByRole('listitem').filter({ hasText: question });
  await expect(mine.getByText('待回复')).toBeVisible();
  await shot(phone, 'brochures-4-question');

  // The company answers on 校招答疑; the student's 我的提问 updates live.
  await page.goto('/employer/campus/qa');
  await expect(page.getByRole('tab', { name: /未回复（\d+）/ })).toBeVisible();
  await page.getByRole('button', { name: `回复：${question}` }).click();
  const answer = page.getByRole('dialog').filter({ hasText: '回复学生提问' });
  await answer.getByLabel('回复内容').fill('接受，欢迎投递。');
  await answer.getByRole('button', { name: '回复' }).click();
  await expect(page.getByText('已回复，学生将收到通知')).toBeVisible();
  await expect(mine.getByText('答：接受，欢迎投递。')).toBeVisible();
  await shot(phone, 'brochures-5-answered');

  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
  expect(staffProblems).toEqual([]);
  expect(phoneProblems).toEqual([]);
  await staffPage.close();
  await phone.close();
});
