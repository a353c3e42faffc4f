import { DEMO_ACCOUNTS, DEMO_COMPANY, logInByApi } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { collectProblems, shot } from '../support/seeker';

// Issue 11 item 5, 双选会: 申江大学 holds a fair; the demo company (已入驻 there) 报名 on 校园招聘 >
// 双选会, the career centre approves it in 双选会审核 and assigns a booth in 双选会管理; the company's
// page follows live, and the students' fair page lists the company at its booth.

const HOUR = 3_600_000;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();

test('[EMPLOYER/UNIVERSITY/SEEKER] 报名 → 双选会审核 → 分配展位 → the students see the company at its booth', async ({
  page,
  request,
  login,
}) => {
  // Three people on three pages: the company, the career centre and a student.
  test.setTimeout(120_000);
  // A fair of its own (the spec may run again on the same data): registration open now.
  const title = `申江大学E2E双选会${Date.now().toString().slice(-6)}`;
  const staff = DEMO_ACCOUNTS.university;
  const { csrfToken } = await logInByApi(request, {
    area: 'university',
    account: staff.account,
    password: staff.password,
  });
  const created = await request.post('/api/university/job-fairs', {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      title,
      startsAt: iso(240 * HOUR),
      endsAt: iso(246 * HOUR),
      location: '体育馆',
      boothKinds: [
        { name: '标准展位', feeCents: 0, count: 3 },
        { name: '特装展位', feeCents: 50_000, count: 1 },
      ],
      registrationOpensAt: iso(-HOUR),
      registrationClosesAt: iso(72 * HOUR),
      rules: '请提前30分钟布展。',
    },
  });
  expect(created.ok(), await created.text()).toBe(true);
  const fair = (await created.json()) as { id: string };

  // The company: 报名 through the drawer (the form checks its fields first).
  const problems = collectProblems(page);
  await login({ role: 'employer-admin' });
  await page.goto('/employer/campus/job-fairs');
  await expect(page.getByRole('heading', { level: 1, name: '双选会' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: title });
  await row.getByRole('button', { name: `报名：${title}` }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: `报名：${title}` });
  await drawer.getByRole('button', { name: '提交报名' }).click();
  await expect(drawer.getByText('请输入姓名')).toBeVisible();
  await drawer.getByLabel('联系人1姓名').fill('张璇');
  await drawer.getByLabel('联系人1手机号').fill('13900000001');
  await drawer.getByLabel('携带职位').click();
  await page.locator('.ant-select-item-option').first().click();
  await page.keyboard.press('Escape');
  await drawer.getByText('特装展位（¥500.00，共1个）').click();
  await drawer.getByLabel('展位意向').fill('靠近入口');
  await drawer.getByRole('button', { name: '提交报名' }).click();
  await expect(page.getByText('报名已提交，学校将在三个工作日内审核')).toBeVisible();
  await expect(row.getByText('已报名（审核中）')).toBeVisible();
  await expect(row.getByText('3/4')).toBeVisible();
  await shot(page, 'job-fairs-1-registered');

  // 申江大学's staff: 双选会审核 → 通过.
  const staffPage = await page
    .context()
    .browser()!
    .newPage({ viewport: { width: 1440, height: 900 } });
  const staffProblems = collectProblems(staffPage);
  await login({ role: 'university', page: staffPage });
  const nav = staffPage.getByRole('navigation', { name: '高校就业中心导航' });
  await nav.getByRole('menuitem', { name: '双选会审核', exact: true }).click();
  await expect(staffPage.getByRole('heading', { level: 1, name: '双选会审核', exact: true })).toBeVisible();
  await staffPage
    .getByRole('row')
    .filter({ hasText: DEMO_COMPANY })
    .first()
    .getByRole('button', { name: `审核：${DEMO_COMPANY}` })
    .click();
  const review = staffPage.getByRole('dialog').filter({ hasText: '双选会审核详情' });
  await expect(review.getByText(title)).toBeVisible();
  await expect(review.getByText('特装展位（¥500.00）')).toBeVisible();
  await shot(staffPage, 'job-fairs-2-review');
  await review.getByRole('button', { name: '通过' }).click();
  await staffPage
    .getByRole('dialog')
    .filter({ hasText: '确认通过该申请？' })
    .getByRole('button', { name: '通过' })
    .click();
  await expect(row.getByText('已报名（已通过）')).toBeVisible();

  // 双选会管理: the fair's registrations; the company gets booth B01.
  await nav.getByRole('menuitem', { name: '双选会管理', exact: true }).click();
  await staffPage.getByRole('button', { name: title, exact: true }).click();
  const detail = staffPage.getByRole('dialog').filter({ hasText: '报名单位' });
  await detail.getByLabel(`${DEMO_COMPANY}的展位`).click();
  await staffPage.locator('.ant-select-item-option').filter({ hasText: 'B01' }).click();
  await expect(staffPage.getByText('展位已分配')).toBeVisible();
  await shot(staffPage, 'job-fairs-3-booth');

  // The company's page follows live; the students' page shows it at B01.
  await expect(row.getByText('已报名（已通过，展位B01）')).toBeVisible();
  const phone = await page
    .context()
    .browser()!
    .newPage({ viewport: { width: 390, height: 844 } });
  await phone.goto(`${new URL(page.url()).origin}/m/campus/job-fairs/${fair.id}`);
  await expect(phone.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const company = phone.getByRole('listitem').filter({ hasText: DEMO_COMPANY });
  await expect(company.getByText('B01')).toBeVisible();
  await shot(phone, 'job-fairs-4-seeker');

  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
  expect(staffProblems).toEqual([]);
  await staffPage.close();
  await phone.close();
});
