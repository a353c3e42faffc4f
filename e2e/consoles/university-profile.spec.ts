import type { Page } from '@playwright/test';
import { DEMO_ACCOUNTS } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { collectProblems, shot } from '../support/seeker';

// Issue 11 §1, universities as organisations: 申江大学's admin (README: 王老师) edits 高校信息 and
// adds a staff member in 账号管理, who must replace the initial password first; seekers see the
// profile on the university's public page on a phone.

const ADMIN = DEMO_ACCOUNTS.university;
const NAV = '高校就业中心导航';

async function openNav(page: Page, label: string) {
  await page.getByRole('navigation', { name: NAV }).getByRole('menuitem', { name: label }).click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
}

test('[UNIVERSITY] the admin edits 高校信息 and adds a staff member who must change the initial password; seekers see the page', async ({
  page,
  browser,
  login,
}) => {
  const problems = collectProblems(page);
  const stamp = Date.now().toString(36);
  const introduction = `申江大学欢迎用人单位来校招聘（${stamp}）。`;
  const loginName = `e2e.${stamp}@shenjiang.edu.cn`;

  await login({ role: 'university' });
  await expect(page.getByRole('banner').getByText('高校管理员')).toBeVisible();
  await openNav(page, '高校信息');
  await expect(page.locator('.ant-descriptions').getByText('申江大学', { exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: '校徽' })).toBeVisible();
  await page.getByLabel('学校简介').fill(introduction);
  await page.getByRole('button', { name: '添加校区' }).click();
  await page.getByLabel('校区3名称').fill('徐汇校区');
  await page.getByLabel('校区3地址').fill('上海市徐汇区漕溪北路100号');
  await page.getByLabel('联系电话').fill('12345');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('请输入正确的手机号或座机号（如021-12345678）')).toBeVisible();
  await page.getByLabel('联系电话').fill('021-65430000');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('高校信息已保存')).toBeVisible();
  await shot(page, 'university-profile');

  await openNav(page, '账号管理');
  await expect(page.getByRole('row').filter({ hasText: ADMIN.name })).toContainText('管理员');
  await page.getByRole('button', { name: '新增账号' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: '新增账号' });
  await dialog.getByLabel('姓名').fill('周老师');
  await dialog.getByLabel('登录账号').fill(loginName);
  await dialog.getByLabel('初始密码').fill('Start#2026ok');
  await dialog.getByRole('button', { name: '新增' }).click();
  await expect(page.getByText('已新增账号：周老师')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: loginName });
  await expect(row).toContainText('工作人员');
  await expect(row).toContainText('是');
  await shot(page, 'university-staff');
  await page.getByRole('button', { name: `账号菜单：${ADMIN.name}` }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/university\/login$/);

  // The new staff member sees nothing else until the initial password is replaced.
  await login({ role: 'university', account: loginName, password: 'Start#2026ok' });
  await expect(page.getByText('首次登录请先修改初始密码')).toBeVisible();
  await expect(page.getByRole('navigation', { name: NAV })).toHaveCount(0);
  await page.getByLabel('旧密码').fill('Start#2026ok');
  await page.getByLabel('新密码', { exact: true }).fill('Mine#2026okay');
  await page.getByLabel('重复新密码').fill('Mine#2026okay');
  await page.getByRole('button', { name: '确认修改' }).click();
  await expect(page.getByRole('navigation', { name: NAV })).toBeVisible();
  await openNav(page, '账号管理');
  await expect(page.getByText('仅本校管理员可管理账号')).toBeVisible();
  await openNav(page, '高校信息');
  await expect(page.getByText('仅本校管理员可修改高校信息')).toBeVisible();
  await expect(page.getByRole('button', { name: '保存' })).toHaveCount(0);

  // A seeker's phone: 首页 > 高校 > 申江大学.
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const mobile = await phone.newPage();
  const mobileProblems = collectProblems(mobile);
  await mobile.goto('/m');
  await mobile.getByRole('link', { name: /^高校/ }).click();
  await mobile.getByRole('link', { name: '申江大学' }).click();
  await expect(mobile.getByRole('heading', { level: 1, name: '申江大学' })).toBeVisible();
  await expect(mobile.getByRole('img', { name: '申江大学校徽' })).toBeVisible();
  await expect(mobile.getByText(introduction)).toBeVisible();
  const campuses = mobile.getByRole('region', { name: '校区' });
  await expect(campuses).toContainText('杨浦校区');
  await expect(campuses).toContainText('徐汇校区');
  const contact = mobile.getByRole('region', { name: '就业中心联系方式' });
  await expect(contact).toContainText('王老师');
  await expect(contact.getByRole('link', { name: '021-65430000' })).toBeVisible();
  await expect(mobile.getByRole('region', { name: '已入驻单位' })).toBeVisible();
  const width = await mobile.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await mobile.screenshot({ path: test.info().outputPath('university-public-page.png'), fullPage: true });
  await phone.close();

  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
  expect(mobileProblems).toEqual([]);
});
