import { ACCOUNT_PENDING_MESSAGE, parseCreditCode, parseOrganizationCode } from '@openrecruit/shared';
import type { APIRequestContext, Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_COMPANY } from '../support/accounts';
import { expect, submitLoginForm, test } from '../support/fixtures';
import { collectProblems, employerApi, shot } from '../support/seeker';

// Issue 5, seed 002 「账号注册与认证」: a new company signs up through the wizard (情况二), an operator
// approves it in 单位认证审核, and its admin logs in.

const DIGITS = '0123456789';
const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

function randomDigits(length: number): string {
  return Array.from({ length }, () => DIGITS[Math.floor(Math.random() * 10)]).join('');
}

/** A fresh valid 统一社会信用代码: 91 310115 (上海市浦东新区) + a valid organization code + check char. */
export function freshCreditCode(): string {
  const body = randomDigits(8);
  const orgCheck = [...`${DIGITS}X`].find((char) => parseOrganizationCode(body + char).ok);
  if (!orgCheck) throw new Error(`no organization check char for ${body}`);
  const first17 = `91310115${body}${orgCheck}`;
  const check = [...CREDIT_CHARSET].find((char) => parseCreditCode(first17 + char).ok);
  if (!check) throw new Error(`no credit check char for ${first17}`);
  return first17 + check;
}

/** The captcha ids the page fetched, newest last. */
function trackCaptchas(page: Page): string[] {
  const ids: string[] = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('/api/public/captcha') || !response.ok()) return;
    const body = (await response.json().catch(() => undefined)) as { captchaId?: string } | undefined;
    if (body?.captchaId) ids.push(body.captchaId);
  });
  return ids;
}

/**
 * The answer of the captcha on the page, from the embedded setup's /dev/captcha (the backend's
 * development tool next to the SMS outbox at /dev/sms; it exists only while SMS goes to the outbox).
 */
async function answerCaptcha(page: Page, request: APIRequestContext, ids: string[], seen: number) {
  await expect.poll(() => ids.length).toBeGreaterThan(seen);
  await expect(page.getByRole('img', { name: '图形验证码，点击换一张' })).toBeVisible();
  const captchaId = ids[ids.length - 1]!;
  const response = await request.get(`/dev/captcha/${captchaId}`, {
    headers: { accept: 'application/json' },
  });
  expect(response.ok(), await response.text()).toBe(true);
  const { answer } = (await response.json()) as { answer: string };
  await page.getByLabel('图形验证码', { exact: true }).fill(answer);
  return ids.length;
}

/** The newest code texted to `mobile`, from the local SMS outbox. */
async function smsCodeFor(request: APIRequestContext, mobile: string): Promise<string> {
  const masked = `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
  let code: string | undefined;
  await expect
    .poll(async () => {
      const response = await request.get('/dev/sms', { headers: { accept: 'application/json' } });
      const rows = (await response.json()) as Array<{ to: string; text: string }>;
      code = rows.find((row) => row.to === masked)?.text.match(/\d{6}/)?.[0];
      return code;
    })
    .toBeTruthy();
  return code!;
}

async function pick(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

test('[EMPLOYER] a new company registers and an operator approves it; the admin logs in', async ({
  page,
  request,
  login,
}) => {
  const problems = collectProblems(page, [{ status: 403, url: /\/api\/auth\/employer\/login/ }]);
  const captchas = trackCaptchas(page);
  const suffix = randomDigits(6);
  const companyName = `上海开放测试${suffix}科技有限公司`;
  const creditCode = freshCreditCode();
  const mobile = `137${randomDigits(8)}`;
  const password = 'Reg@2026go';

  // 单位登录 → 注册.
  await page.goto('/employer/login');
  await page.getByRole('link', { name: '注册', exact: true }).click();
  await expect(page).toHaveURL(/\/employer\/register$/);
  await expect(page.getByRole('heading', { level: 1, name: '单位注册' })).toBeVisible();

  // 选择入驻高校.
  const universities = page.getByRole('checkbox');
  await expect(universities.first()).toBeVisible();
  await universities.first().check();
  await shot(page, 'register-1-universities');
  await page.getByRole('button', { name: '下一步' }).click();

  // 填写公司信息: the code is checked as it is typed.
  await page.getByLabel('单位名称').fill(companyName);
  const code = page.getByLabel('统一社会信用代码');
  await expect(code).toHaveAttribute('placeholder', '必填，18位统一社会信用代码 / 9位组织机构代码');
  await code.fill(`${creditCode.slice(0, 17)}${creditCode[17] === '0' ? '1' : '0'}`);
  await expect(page.getByText('统一社会信用代码校验位不正确，请核对')).toBeVisible();
  await code.fill(creditCode);
  await expect(page.getByText('统一社会信用代码校验位不正确，请核对')).toHaveCount(0);
  await expect(page.getByRole('link', { name: '企查查' })).toBeVisible();
  await expect(page.getByRole('link', { name: '启信宝' })).toBeVisible();
  await shot(page, 'register-2-company');
  await page.getByRole('button', { name: '下一步' }).click();

  // 填写账号信息, 情况二: 企业认证资料 for a company never registered.
  await expect(page.getByRole('heading', { name: '步骤三：企业认证资料' })).toBeVisible();
  await expect(page.getByLabel('单位名称')).toHaveValue(companyName);
  await expect(page.getByLabel('统一社会信用代码')).toHaveValue(creditCode);
  await pick(page, '所在省份', '上海市');
  await page.getByLabel('所在城市').fill('上海');
  await page.getByLabel('单位地址').fill('上海市浦东新区张江路100号');
  await page.getByLabel('固定电话').fill('021-58888888');
  await page.getByLabel('单位邮箱').fill(`hr${suffix}@example.com`);
  await page.getByLabel('招聘邮箱').fill(`zhaopin${suffix}@example.com`);
  await page.getByLabel('邮编').fill('201203');
  await pick(page, '单位性质', '民营企业');
  await pick(page, '所属行业', '信息传输、软件和信息技术服务业');

  await page.getByLabel('用户姓名').fill('陈立新');
  await expect(page.getByText('*请输入您的真实姓名，否则审核不通过')).toBeVisible();
  await page.getByLabel('所属部门').fill('人力资源部');
  await page.getByLabel('联系手机').fill(mobile);
  await page.getByLabel('登录密码').fill(password);
  await page.getByLabel('确认密码').fill(password);

  // 获取验证码 uses the picture captcha up; 提交 needs the next one.
  let seen = await answerCaptcha(page, request, captchas, 0);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByRole('button', { name: /秒后重新获取/ })).toBeVisible();
  seen = await answerCaptcha(page, request, captchas, seen);
  await page.getByLabel('手机验证码').fill(await smsCodeFor(request, mobile));
  await shot(page, 'register-3-account', true);
  await page.getByRole('button', { name: '提交' }).click();

  await expect(page.getByRole('heading', { name: '提交成功' })).toBeVisible();
  await expect(page.getByText('您的申请资料已成功提交，请等待审核。')).toBeVisible();
  await shot(page, 'register-4-submitted');

  // Before the review the account cannot log in.
  await submitLoginForm(page, { area: 'employer', account: mobile, password });
  await expect(page.locator('.ant-alert').getByText(ACCOUNT_PENDING_MESSAGE)).toBeVisible();

  // The operator approves it in 单位认证审核.
  await login({ role: 'operator' });
  await page
    .getByRole('navigation', { name: '平台运营导航' })
    .getByRole('menuitem', { name: '单位认证审核' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '单位认证审核' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: companyName });
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: `审核：${companyName}` }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '单位认证审核详情' });
  await expect(drawer.getByText(creditCode)).toBeVisible();
  await expect(drawer.getByText('上海市浦东新区张江路100号')).toBeVisible();
  await shot(page, 'ops-1-review-drawer');
  await drawer.getByRole('button', { name: '通过' }).click();
  await page
    .getByRole('dialog')
    .filter({ hasText: '确认通过该申请？' })
    .getByRole('button', { name: '通过' })
    .click();
  await expect(page.getByText('已通过', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: companyName })).toHaveCount(0);
  await page.getByRole('tab', { name: '已通过' }).click();
  const decided = page.getByRole('row').filter({ hasText: companyName });
  await expect(decided).toBeVisible();
  await expect(
    decided
      .getByRole('cell')
      .filter({ hasText: /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/ })
      .first(),
  ).toBeVisible();
  await shot(page, 'ops-2-approved');

  // The new admin logs in.
  await login({ role: 'employer-admin', account: mobile, password, via: 'form' });
  await expect(page).toHaveURL(/\/employer$/);
  await expect(page.getByRole('heading', { name: '欢迎，陈立新' })).toBeVisible();
  await shot(page, 'employer-admin-home');
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});

// A 1×1 PNG: the server checks the file's first bytes, not its name.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

test('[EMPLOYER] someone applies to become the admin of a registered company; the operator rejects it with a reason', async ({
  page,
  request,
  login,
}) => {
  const problems = collectProblems(page, [{ status: 400, url: /\/api\/ops\/reviews/ }]);
  const captchas = trackCaptchas(page);
  const mobile = `136${randomDigits(8)}`;
  const password = 'Reg@2026go';

  await page.goto('/employer/register');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('单位名称').fill(DEMO_COMPANY);
  await page.getByLabel('统一社会信用代码').fill('91310115MA1K3BTP2B');
  await page.getByRole('button', { name: '下一步' }).click();

  // 情况一: the company is known; its admin is shown by surname only.
  await expect(page.getByRole('heading', { name: '步骤二：填写账号信息' })).toBeVisible();
  await expect(
    page.getByText(
      /^提示：该公司之前已被注册，管理员是.\*，您可以选择向该管理员申请加入公司，或者申请成为管理员。$/,
    ),
  ).toBeVisible();
  await expect(page.getByRole('radio', { name: '申请加入公司' })).toBeChecked();
  await expect(page.getByText('申请后请联系公司的管理员认证。')).toBeVisible();
  await page.getByRole('radio', { name: '申请成为管理员' }).check();
  await expect(
    page.getByText('单位管理员只有一个，申请后可替代之前管理员，由平台认证，非管理员请勿申请。'),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: '下载账号授权书模板（拍照上传）' })).toHaveAttribute(
    'href',
    '/api/public/employer-registration/authorisation-template',
  );
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: '授权书.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByText('授权书.png')).toBeVisible();

  await page.getByLabel('用户姓名').fill('林晓峰');
  await page.getByLabel('所属部门').fill('行政部');
  await page.getByLabel('联系手机').fill(mobile);
  await page.getByLabel('登录密码').fill(password);
  await page.getByLabel('确认密码').fill(password);
  let seen = await answerCaptcha(page, request, captchas, 0);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByRole('button', { name: /秒后重新获取/ })).toBeVisible();
  seen = await answerCaptcha(page, request, captchas, seen);
  await page.getByLabel('手机验证码').fill(await smsCodeFor(request, mobile));
  await shot(page, 'admin-application-form', true);
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByRole('heading', { name: '提交成功' })).toBeVisible();

  // 管理员申请审核: the authorisation is shown; 驳回 needs a reason.
  await login({ role: 'operator' });
  await page
    .getByRole('navigation', { name: '平台运营导航' })
    .getByRole('menuitem', { name: '管理员申请审核' })
    .click();
  const row = page.getByRole('row').filter({ hasText: '林晓峰' });
  await row.getByRole('button', { name: `审核：${DEMO_COMPANY}` }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '管理员申请审核详情' });
  await expect(drawer.getByRole('img', { name: '授权书.png' })).toBeVisible();
  await expect
    .poll(() =>
      drawer.getByRole('img', { name: '授权书.png' }).evaluate((img: HTMLImageElement) => img.naturalWidth),
    )
    .toBe(1);
  await shot(page, 'ops-admin-application-drawer');
  await drawer.getByRole('button', { name: '驳回' }).click();
  const modal = page.getByRole('dialog').filter({ hasText: '驳回申请' });
  await modal.getByRole('button', { name: '驳回' }).click();
  await expect(modal.getByText('请填写驳回原因（2-200个字）')).toBeVisible();
  await modal.getByLabel('驳回原因').fill('授权书未加盖公章，请重新上传');
  await shot(page, 'ops-reject-modal');
  await modal.getByRole('button', { name: '驳回' }).click();
  await expect(page.getByText('已驳回', { exact: true }).first()).toBeVisible();
  await page.getByRole('tab', { name: '已驳回' }).click();
  const decided = page.getByRole('row').filter({ hasText: '林晓峰' });
  await expect(decided.getByText('授权书未加盖公章，请重新上传')).toBeVisible();
  await expect(decided.getByRole('cell', { name: '平台运营' })).toBeVisible();
  await shot(page, 'ops-rejected');
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});

// Issue 4, seed 002 「公司设置 > 公司成员」 and 「账号设置」: the demo company's admin (README) adds and
// admits HR members; a member's own settings.

const DEMO_ADMIN = DEMO_ACCOUNTS['employer-admin'];

async function logOutEmployer(page: Page, name: string) {
  await page.getByRole('button', { name: `账号菜单：${name}` }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/employer\/login$/);
}

/** 首次登录请先修改初始密码: the console shows nothing else until it is done. */
async function replaceInitialPassword(page: Page, initial: string, chosen: string) {
  await expect(page.getByText('首次登录请先修改初始密码')).toBeVisible();
  await expect(page.getByRole('navigation', { name: '用人单位导航' })).toHaveCount(0);
  await page.getByLabel('旧密码').fill(initial);
  await page.getByLabel('新密码', { exact: true }).fill(chosen);
  await page.getByLabel('重复新密码').fill(chosen);
  await page.getByRole('button', { name: '确认修改' }).click();
  await expect(page.getByRole('navigation', { name: '用人单位导航' })).toBeVisible();
}

async function openMembers(page: Page) {
  await page.goto('/employer/company/members');
  await expect(page.getByRole('heading', { level: 1, name: '公司成员' })).toBeVisible();
}

test('[EMPLOYER] the admin adds an HR member with an initial password; the member changes it first, then works', async ({
  page,
  login,
}) => {
  const problems = collectProblems(page);
  const mobile = `135${randomDigits(8)}`;
  const name = `周${['思远', '嘉怡', '浩然'][Math.floor(Math.random() * 3)]}`;

  await login({ role: 'employer-admin' });
  await expect(page.getByRole('button', { name: `账号菜单：${DEMO_ADMIN.name}` })).toBeVisible();
  await openMembers(page);
  await page.getByRole('button', { name: '新增HR' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: '新增HR' });
  await dialog.getByLabel('姓名').fill(name);
  await dialog.getByLabel('手机').fill(mobile);
  await dialog.getByLabel('初始密码').fill('Start#2026ok');
  await shot(page, 'members-add-dialog');
  await dialog.getByRole('button', { name: '新增' }).click();
  await expect(page.getByText(`已新增HR${name}`)).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: name })).toBeVisible();
  await logOutEmployer(page, DEMO_ADMIN.name);

  await login({ role: 'employer-member', account: mobile, password: 'Start#2026ok' });
  await shot(page, 'member-forced-password');
  await replaceInitialPassword(page, 'Start#2026ok', 'Mine#2026okay');
  await expect(page.getByRole('button', { name: `账号菜单：${name}` })).toBeVisible();
  const navigation = page.getByRole('navigation', { name: '用人单位导航' });
  await navigation.getByRole('menuitem', { name: '公司设置' }).click();
  await navigation.getByRole('menuitem', { name: '公司成员' }).click();
  await expect(page.getByText('仅单位管理员可管理公司成员')).toBeVisible();
  await shot(page, 'member-console');

  // The new password is the one that works from now on.
  await logOutEmployer(page, name);
  await login({ role: 'employer-member', account: mobile, password: 'Mine#2026okay', via: 'form' });
  await expect(page.getByRole('navigation', { name: '用人单位导航' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});

test('[EMPLOYER] a second person asks to join a known company; the admin agrees under 加入申请; the person logs in', async ({
  page,
  request,
  login,
}) => {
  const problems = collectProblems(page, [{ status: 403, url: /\/api\/auth\/employer\/login/ }]);
  const captchas = trackCaptchas(page);
  const mobile = `134${randomDigits(8)}`;
  const password = 'Join@2026go';
  const name = '吴嘉怡';

  await page.goto('/employer/register');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('单位名称').fill(DEMO_COMPANY);
  await page.getByLabel('统一社会信用代码').fill('91310115MA1K3BTP2B');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: '步骤二：填写账号信息' })).toBeVisible();
  await expect(page.getByRole('radio', { name: '申请加入公司' })).toBeChecked();
  await page.getByLabel('用户姓名').fill(name);
  await page.getByLabel('所属部门').fill('招聘组');
  await page.getByLabel('联系手机').fill(mobile);
  await page.getByLabel('登录密码').fill(password);
  await page.getByLabel('确认密码').fill(password);
  let seen = await answerCaptcha(page, request, captchas, 0);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByRole('button', { name: /秒后重新获取/ })).toBeVisible();
  seen = await answerCaptcha(page, request, captchas, seen);
  await page.getByLabel('手机验证码').fill(await smsCodeFor(request, mobile));
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByRole('heading', { name: '提交成功' })).toBeVisible();

  // Until the admin agrees, the login says the application is waiting.
  await submitLoginForm(page, { area: 'employer', account: mobile, password });
  await expect(page.locator('.ant-alert').getByText(ACCOUNT_PENDING_MESSAGE)).toBeVisible();

  await login({ role: 'employer-admin' });
  await expect(page.getByRole('button', { name: `账号菜单：${DEMO_ADMIN.name}` })).toBeVisible();
  await openMembers(page);
  await page.getByRole('tab', { name: '加入申请' }).click();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row.getByText('招聘组')).toBeVisible();
  await shot(page, 'join-requests');
  await row.getByRole('button', { name: `同意：${name}` }).click();
  await expect(page.getByText(`已同意${name}加入`)).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: name })).toHaveCount(0);
  await page.getByRole('tab', { name: '成员列表' }).click();
  await expect(page.getByRole('row').filter({ hasText: name })).toBeVisible();
  await logOutEmployer(page, DEMO_ADMIN.name);

  await login({ role: 'employer-member', account: mobile, password, via: 'form' });
  await expect(page.getByRole('button', { name: `账号菜单：${name}` })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '用人单位导航' })).toBeVisible();
  await shot(page, 'joined-member-console');
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});

test('[EMPLOYER] a member’s 账号设置: 个人资料 with avatar, 微信 in the sandbox, 申请管理员, then 账号注销', async ({
  page,
  baseURL,
  login,
}) => {
  const problems = collectProblems(page, [
    { status: 400, url: /\/api\/employer\/account\/close/ },
    { status: 401, url: /\/api\/auth\/employer\/logout/ },
    { status: 403, url: /\/api\/auth\/employer\/login/ },
  ]);
  const admin = await employerApi(baseURL!);
  const mobile = `133${randomDigits(8)}`;
  await admin.post('/api/employer/members', { name: '郑一鸣', mobile, initialPassword: 'Start#2026ok' });
  await admin.dispose();
  await login({ role: 'employer-member', account: mobile, password: 'Start#2026ok' });
  await replaceInitialPassword(page, 'Start#2026ok', 'Mine#2026okay');
  const nav = page.getByRole('navigation', { name: '用人单位导航' });
  await nav.getByRole('menuitem', { name: '账号设置' }).click();

  // 个人资料: the nickname is what seekers see; the avatar shows in the header.
  await nav.getByRole('menuitem', { name: '个人资料' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '个人资料' })).toBeVisible();
  await page.getByLabel('昵称').fill('郑13800138000');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('昵称不能包含电话号码')).toBeVisible();
  await page.getByLabel('昵称').fill('郑老师');
  await page.getByLabel('部门').fill('校园招聘组');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('个人资料已保存')).toBeVisible();
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: '头像.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByText('头像已更新')).toBeVisible();
  const headerAvatar = page.getByRole('button', { name: '账号菜单：郑一鸣' }).locator('img');
  await expect(headerAvatar).toHaveAttribute('src', /\/api\/employer\/account\/avatar\//);
  await expect.poll(() => headerAvatar.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  await shot(page, 'account-profile');

  // 账号绑定: 站内消息 always on; WeChat through the sandbox's 模拟扫码.
  await nav.getByRole('menuitem', { name: '账号绑定' }).click();
  await expect(page.getByText('站内消息', { exact: true })).toBeVisible();
  await expect(page.getByText('不可解绑', { exact: true })).toBeVisible();
  await expect(page.getByText(/手机号（联系手机）所绑定的微信扫码/).first()).toBeVisible();
  await page.getByRole('button', { name: '绑定微信' }).click();
  await expect(page.getByText('微信沙箱：当前未配置微信公众号')).toBeVisible();
  await shot(page, 'account-binding-qr');
  await page.getByRole('button', { name: '模拟扫码（开发环境）' }).click();
  await expect(page.getByRole('button', { name: '解绑' })).toBeVisible();
  await shot(page, 'account-binding-bound');
  await page.getByRole('button', { name: '解绑' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '解绑' }).click();
  await expect(page.getByRole('button', { name: '绑定微信' })).toBeVisible();

  // 申请管理员: the stamped letter, then the request waits for the platform.
  await nav.getByRole('menuitem', { name: '申请管理员' }).click();
  await expect(page.getByText('当前管理员')).toBeVisible();
  await expect(page.getByRole('link', { name: '下载管理员授权书模板' })).toHaveAttribute(
    'href',
    '/api/public/employer-registration/authorisation-template',
  );
  await page.getByRole('button', { name: '申请成为管理员' }).click();
  await expect(page.getByText('请上传盖章的账号授权书')).toBeVisible();
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: '授权书.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByText('授权书.png')).toBeVisible();
  await page.getByRole('button', { name: '申请成为管理员' }).click();
  await expect(page.getByText('平台审核中')).toBeVisible();
  await expect(page.getByText('您的申请已提交，平台将在1~3个工作日内审核完成')).toBeVisible();
  await shot(page, 'admin-application-pending');

  // 账号注销: the password first; afterwards the login page, and the account no longer logs in.
  await nav.getByRole('menuitem', { name: '账号注销' }).click();
  await page.getByRole('button', { name: '注销账号' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: '确认注销账号' });
  await confirm.getByLabel('登录密码').fill('Wrong#2026ok');
  await confirm.getByRole('button', { name: '确认注销' }).click();
  await expect(confirm.getByText('登录密码不正确')).toBeVisible();
  await confirm.getByLabel('登录密码').fill('Mine#2026okay');
  await shot(page, 'account-close-dialog');
  await confirm.getByRole('button', { name: '确认注销' }).click();
  await expect(page).toHaveURL(/\/employer\/login$/);
  await expect(page.getByText('账号已注销，已退出登录')).toBeVisible();
  await submitLoginForm(page, { area: 'employer', account: mobile, password: 'Mine#2026okay' });
  await expect(page.locator('.ant-alert').getByText('账号已停用，如有疑问请联系平台')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});
