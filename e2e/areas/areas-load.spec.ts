import type { Page } from '@playwright/test';
import type { Role } from '../support/accounts';
import { expect, test } from '../support/fixtures';

// Every area's entry page loads cleanly, and each console opens with its demo account (README).

/** Console errors, warnings (React and antd deprecations count) and uncaught exceptions. */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

const ENTRY_PAGES = [
  { path: '/', heading: '开放招聘' },
  { path: '/m', heading: '开放招聘' },
  { path: '/m/login', heading: '登录' },
  { path: '/employer/login', heading: '用人单位登录' },
  { path: '/university/login', heading: '高校就业中心登录' },
  { path: '/ops/login', heading: '平台运营登录' },
  { path: '/centre/login', heading: '各区就业促进中心登录' },
];

for (const entry of ENTRY_PAGES) {
  test(`[AREAS] ${entry.path} loads without console errors`, async ({ page }) => {
    const problems = collectProblems(page);
    await page.goto(entry.path);
    await expect(page.getByRole('heading', { level: 1, name: entry.heading, exact: true })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}

const CONSOLES: Array<{ area: string; name: string; role: Role; person: string; nav: string[] }> = [
  {
    area: 'employer',
    name: '用人单位',
    role: 'employer-admin',
    person: '张璇',
    nav: [
      '首页',
      '职位管理',
      '简历管理',
      '人才中心',
      '云校招',
      '校园招聘',
      '道具商城',
      '公司设置',
      '账号设置',
    ],
  },
  {
    area: 'university',
    name: '高校就业中心',
    role: 'university',
    person: '王老师',
    nav: ['入驻审核', '宣讲会审核', '双选会审核', '招聘简章审核', '云宣讲审核', '视频双选会', '账号设置'],
  },
  {
    area: 'ops',
    name: '平台运营',
    role: 'operator',
    person: '平台运营',
    nav: [
      '单位认证审核',
      '管理员申请审核',
      '认证变更审核',
      '工作日历',
      '同城推文审核',
      '发票管理',
      '会员线索',
      '套餐与价格',
      '账号管理',
      '账号设置',
    ],
  },
  {
    area: 'centre',
    name: '各区就业促进中心',
    role: 'centre',
    person: '黄浦区就业促进中心',
    nav: ['港澳台人员开户', '求职者信息变更', '账号设置'],
  },
];

for (const consoleCase of CONSOLES) {
  test(`[AREAS] the ${consoleCase.area} console logs in with its demo account and shows its navigation`, async ({
    page,
    login,
  }) => {
    const problems = collectProblems(page);
    await page.goto(`/${consoleCase.area}`);
    // The guard sends a logged-out visitor to the console's own login page.
    await expect(page).toHaveURL(new RegExp(`/${consoleCase.area}/login\\?from=%2F${consoleCase.area}$`));
    await login({ role: consoleCase.role, via: 'form' });

    await expect(page).toHaveURL(new RegExp(`/${consoleCase.area}$`));
    await expect(page.getByRole('heading', { name: `欢迎，${consoleCase.person}` })).toBeVisible();
    const navigation = page.getByRole('navigation', { name: `${consoleCase.name}导航` });
    for (const label of consoleCase.nav) {
      await expect(navigation.getByRole('menuitem', { name: label, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('button', { name: `账号菜单：${consoleCase.person}` })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`${consoleCase.area}-home.png`) });
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);

    // The avatar menu logs out, back to the console's login page.
    await page.getByRole('button', { name: `账号菜单：${consoleCase.person}` }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await expect(page).toHaveURL(new RegExp(`/${consoleCase.area}/login$`));
    await expect(page.getByRole('heading', { level: 1, name: `${consoleCase.name}登录` })).toBeVisible();
  });
}

// The demo seeker (README) has applications in several states, an interview notice awaiting an
// answer, replies and favourites: every seeker page of seed 000 §二-§七 renders them cleanly. No
// `networkidle` here: the live-updates stream (Server-Sent Events) stays open while logged in.
test('[SEEKER] demo seeker pages load without console errors', async ({ page, login }) => {
  const problems = collectProblems(page);
  await login({ role: 'seeker' });
  await expect(page).toHaveURL(/\/m$/);

  await page.goto('/m/jobs');
  await expect(page.getByRole('heading', { level: 1, name: '职位搜索' })).toBeVisible();
  const cards = page.getByRole('list', { name: '岗位列表' }).getByRole('link');
  await expect(cards.first()).toBeVisible();
  await expect(page.getByText(/共 \S+ 个岗位/)).toBeVisible();
  await cards.first().click();
  await expect(page.getByRole('heading', { level: 1, name: '职位详情' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '职位描述' })).toBeVisible();

  await page.goto('/m/applications');
  const current = page.getByRole('list', { name: '当前应聘记录' }).getByRole('article');
  await expect(current.first()).toBeVisible();
  // The interview notice awaiting an answer (面试通知, and 面试通知NEW until it has been read).
  const invited = current.filter({ hasText: '面试通知' }).first();
  await expect(invited).toBeVisible();
  await page.getByRole('tab', { name: '历史应聘记录' }).click();
  await expect(page.getByRole('list', { name: '历史应聘记录' }).getByRole('article').first()).toBeVisible();
  await page.getByRole('tab', { name: '当前应聘记录' }).click();
  await invited.getByRole('link', { name: /查看回复/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '通知' })).toBeVisible();
  await expect(page.getByRole('button', { name: '参加面试', exact: true })).toBeVisible();
  await expect(page.getByPlaceholder('点击输入回复内容')).toBeVisible();

  await page.goto('/m/favourites');
  await expect(page.getByRole('list', { name: '收藏的岗位' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByText(/\d+\/10/)).toBeVisible();

  // The demo company's pending 邀约 (issue 5), answered with 接受邀约 or 拒绝.
  await page.goto('/m/invitations');
  await expect(
    page.getByRole('list', { name: '邀约列表' }).getByRole('button', { name: /^接受邀约：/ }),
  ).toBeVisible();

  await page.goto('/m/resume');
  await expect(page.getByRole('heading', { name: '基本信息' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^简历完整度/ })).toBeVisible();
  await page.getByRole('link', { name: '在电脑上编辑简历' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '编辑简历' })).toBeVisible();
  await expect(page.getByRole('button', { name: '保存简历' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('seeker-resume-edit.png') });

  expect(problems).toEqual([]);
});

// antd-mobile shows a field's message under it; FormField (components/mobile) also links it to the
// control for screen readers and announces it, on every seeker form.
test('[SEEKER] field errors are announced to screen readers', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/m/login');
  const account = page.getByLabel('身份证号');
  await expect(account).toBeVisible();
  await expect(account).not.toHaveAttribute('aria-invalid');
  await expect(account).not.toHaveAttribute('aria-describedby');

  await page.getByRole('button', { name: '登录' }).click();
  await expect(account).toHaveAttribute('aria-invalid', 'true');
  const messageId = await account.getAttribute('aria-describedby');
  expect(messageId).toBeTruthy();
  const message = page.locator(`[id="${messageId}"]`);
  await expect(message).toHaveText('请输入账号');
  await expect(message).toHaveRole('alert');
  await expect(page.getByLabel('密码', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  // Fixed: the field is valid again, with neither attribute.
  await account.fill('310101199101130038');
  await page.getByLabel('密码', { exact: true }).focus();
  await expect(account).not.toHaveAttribute('aria-invalid');
  await expect(account).not.toHaveAttribute('aria-describedby');
  await expect(message).toHaveCount(0);
});

// Every built page of the employer console (issues 4 and 5) renders the demo company's data
// cleanly: its heading, and no console error or warning. No `networkidle`: the console keeps its
// live-updates stream (Server-Sent Events) open.
const EMPLOYER_PAGES = [
  ['home/dashboard', '工作台'],
  ['home/notifications', '消息通知'],
  ['home/interviews', '面试安排'],
  ['home/calendar', '校招日历/待办事项'],
  ['jobs', '职位管理'],
  ['resumes', '简历管理'],
  ['talent/recommended', '人才推荐'],
  ['talent/campus', '高校人才'],
  ['campus/universities', '入驻高校'],
  ['company/basic', '基本资料'],
  ['company/verification', '认证信息'],
  ['company/brand', '雇主品牌'],
  ['company/members', '公司成员'],
  ['account/profile', '个人资料'],
  ['account/binding', '账号绑定'],
  ['account/close', '账号注销'],
  ['account/admin-application', '申请管理员'],
] as const;

test('[EMPLOYER] every built page of the demo company loads without console errors', async ({
  page,
  login,
}) => {
  const problems = collectProblems(page);
  await login({ role: 'employer-admin' });
  await expect(page).toHaveURL(/\/employer$/);
  for (const [path, label] of EMPLOYER_PAGES) {
    await page.goto(`/employer/${path}`);
    // A heading may carry a count after the label (消息通知（2条未读）).
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${label}`) }), path).toBeVisible();
    await expect(page.getByText('该功能将在后续版本开放'), path).toHaveCount(0);
    // Let the page's queries settle (an error would show as a console message or an alert).
    await expect(page.locator('.ant-spin-spinning'), path).toHaveCount(0, { timeout: 10_000 });
    await expect(page.getByRole('alert').filter({ hasText: '失败' }), path).toHaveCount(0);
  }
  expect(problems).toEqual([]);
});
