import { COMPANY_PASSWORD, digits, registerCompany } from '../support/companies';
import { expect, test } from '../support/fixtures';
import { collectProblems, shot } from '../support/seeker';

// Campus issue §3, 入驻高校: a company that has not entered 申江大学 clicks 入驻 on 校园招聘 > 入驻高校,
// 申江大学's career centre approves it in 入驻审核 (with its 截止时间), and the company's page shows
// 已入驻. The demo company entered 申江大学 already (demo data), so the spec registers a company of
// its own (support/companies.ts).

const UNIVERSITY = '申江大学';

test('[EMPLOYER/UNIVERSITY] a company 入驻 申江大学, the career centre approves it in 入驻审核, the company sees 已入驻', async ({
  page,
  request,
  login,
}) => {
  const problems = collectProblems(page);
  const company = `上海入驻测试${digits(6)}科技有限公司`;
  const mobile = await registerCompany(request, company);

  // The company: 申江大学 is 未入驻; 入驻 sends the request.
  await login({ role: 'employer-admin', account: mobile, password: COMPANY_PASSWORD });
  await page.goto('/employer/campus/universities');
  await expect(page.getByRole('heading', { level: 1, name: '入驻高校' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: UNIVERSITY });
  await expect(row.getByText('未入驻')).toBeVisible();
  await row.getByRole('button', { name: `入驻：${UNIVERSITY}` }).click();
  await expect(page.getByText(`已向${UNIVERSITY}提交入驻申请，请等待学校审核`)).toBeVisible();
  await expect(row.getByText('审核中')).toBeVisible();
  await expect(row.getByText(/预计\d{4}-\d{2}-\d{2} 23:59前审核/)).toBeVisible();
  await shot(page, 'university-entry-1-requested');

  // 申江大学's staff: 入驻审核 lists it with its 截止时间; 审核 → 通过.
  const staffPage = await page
    .context()
    .browser()!
    .newPage({ viewport: { width: 1440, height: 900 } });
  const staffProblems = collectProblems(staffPage);
  await login({ role: 'university', page: staffPage });
  await staffPage
    .getByRole('navigation', { name: '高校就业中心导航' })
    .getByRole('menuitem', { name: '入驻审核' })
    .click();
  await expect(staffPage.getByRole('heading', { level: 1, name: '入驻审核' })).toBeVisible();
  await expect(staffPage.getByRole('columnheader', { name: '截止时间' })).toBeVisible();
  const pending = staffPage.getByRole('row').filter({ hasText: company });
  await expect(pending.getByText(/\d{4}-\d{2}-\d{2} 23:59/)).toBeVisible();
  await pending.getByRole('button', { name: `审核：${company}` }).click();
  const drawer = staffPage.getByRole('dialog').filter({ hasText: '入驻审核详情' });
  await expect(drawer.getByText('申请入驻')).toBeVisible();
  await expect(drawer.getByText(UNIVERSITY, { exact: true })).toBeVisible();
  await shot(staffPage, 'university-entry-2-review');
  await drawer.getByRole('button', { name: '通过' }).click();
  await staffPage
    .getByRole('dialog')
    .filter({ hasText: '确认通过该申请？' })
    .getByRole('button', { name: '通过' })
    .click();
  await expect(staffPage.getByRole('row').filter({ hasText: company })).toHaveCount(0);
  await staffPage.getByRole('tab', { name: '已通过' }).click();
  await expect(staffPage.getByRole('row').filter({ hasText: company })).toBeVisible();

  // The company's page updates live: 已入驻, and no 入驻 button any more.
  await expect(row.getByText('已入驻')).toBeVisible();
  await expect(row.getByRole('button')).toHaveCount(0);
  await shot(page, 'university-entry-3-entered');
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
  expect(staffProblems).toEqual([]);
  await staffPage.close();
});

test('[OPS] 工作日历 warns about a year without official holidays; an operator adds and removes a date', async ({
  page,
  login,
}) => {
  const problems = collectProblems(page);
  await login({ role: 'operator' });
  await page
    .getByRole('navigation', { name: '平台运营导航' })
    .getByRole('menuitem', { name: '工作日历' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '工作日历' })).toBeVisible();
  // chinese-days 1.5.7 knows the State Council's calendars up to 2026: next year is not covered.
  await expect(page.getByText(/年的法定节假日尚未公布或未录入/)).toBeVisible();
  await expect(page.getByText('审核截止时间暂按周一至周五计算', { exact: false })).toBeVisible();

  await page.getByRole('button', { name: '添加' }).click();
  await expect(page.getByText('请选择日期')).toBeVisible();
  await page.getByLabel('备注').fill('测试调整');
  // Enter in the date picker takes the typed date and submits the form (添加).
  await page.getByLabel('日期').fill('2099-01-02');
  await page.getByLabel('日期').press('Enter');
  const row = page.getByRole('row').filter({ hasText: '2099-01-02' });
  await expect(row.getByText('放假')).toBeVisible();
  await expect(row.getByText('测试调整')).toBeVisible();
  await shot(page, 'work-calendar');

  await row.getByRole('button', { name: '删除：2099-01-02' }).click();
  await page.getByRole('button', { name: '删除', exact: true }).last().click();
  await expect(page.getByRole('row').filter({ hasText: '2099-01-02' })).toHaveCount(0);
  expect(problems).toEqual([]);
});
