import type { Page } from '@playwright/test';
import { acceptablePassword, freshIdNumber } from '../support/accounts';
import { expect, submitLoginForm, test } from '../support/fixtures';

// Seed 000 §一 (注册账号及登录) and §八 (修改密码), end to end on a phone-sized page.

test.use({ viewport: { width: 390, height: 844 } });

function randomInt(min: number, max: number): number {
  return min + Math.floor(Math.random() * (max - min + 1));
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

test('[SEEKER] signs up, logs in, sees the surname avatar, changes the password and logs in with the new one', async ({
  page,
  request,
  login,
}) => {
  const idNumber = freshIdNumber([1970, 2000]);
  const masked = `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`;
  const mobile = `139${String(randomInt(0, 99_999_999)).padStart(8, '0')}`;
  const firstPassword = acceptablePassword(idNumber, ['582046', '730419', '461937']);
  const newPassword = acceptablePassword(idNumber, ['914273', '640258', '375812']);
  const name = '欧阳晓东';
  const surname = '欧阳';

  // 1. Home page, logged out: the 人像 mark at the top left leads to 登录.
  await page.goto('/m');
  const personMark = page.getByRole('link', { name: '登录', exact: true });
  await expect(personMark).toBeVisible();
  await shot(page, '01-home-logged-out');
  await personMark.click();
  await expect(page).toHaveURL(/\/m\/login$/);
  await expect(
    page.getByText('注：持港澳台通行证或居住证人员，请先到各区就业促进中心申请账号、密码后再登录使用。'),
  ).toBeVisible();
  await shot(page, '02-login');

  // 2. 注册账号 via 银行卡实名认证.
  await page.getByRole('link', { name: '注册账号' }).click();
  await expect(page).toHaveURL(/\/m\/register$/);
  await page.getByRole('radio', { name: '银行卡实名认证' }).check();
  await page.getByLabel('姓名').fill(name);
  await page.getByLabel('身份证号').fill(idNumber.slice(0, 17));
  await expect(page.getByText('身份证号应为18位')).toBeVisible();
  await page.getByLabel('身份证号').fill(idNumber);
  await expect(page.getByText('身份证号应为18位')).toBeHidden();
  await page.getByLabel('手机号').fill(mobile);
  await page.getByLabel('银行卡号').fill('6222021001116220002');
  await shot(page, '03-register-filled');
  await page.getByRole('button', { name: '下一步' }).click();

  // 3. The password page: masked ID, the verifier's honest notice, 输入密码 / 重复密码, the seed's notes.
  await expect(page).toHaveURL(/\/m\/register\/password$/);
  await expect(page.getByText(masked)).toBeVisible();
  await expect(page.getByText('未向银行、支付宝或人脸识别服务核实本人身份', { exact: false })).toBeVisible();
  await expect(page.getByLabel('输入密码')).toHaveAttribute('placeholder', '只能是6位数字');
  await expect(page.getByLabel('输入密码')).toHaveAttribute('inputmode', 'numeric');
  await expect(
    page.getByText('1、此密码为开放招聘app的登录密码，同时也是开放招聘网站的登录密码，与支付宝无关。'),
  ).toBeVisible();
  await page.getByLabel('输入密码').fill(firstPassword);
  await page.getByLabel('重复密码').fill(firstPassword);
  await shot(page, '04-register-password');
  await page.getByRole('button', { name: '确定' }).click();

  // 4. 注册成功, then 去登录.
  await expect(page).toHaveURL(/\/m\/register\/result$/);
  await expect(page.getByText('注册成功')).toBeVisible();
  await expect(page.getByText(masked)).toBeVisible();
  await expect(
    page.getByText('2、下次登录开放招聘app或网站时，只需要使用身份证号和此密码登录即可。'),
  ).toBeVisible();
  await shot(page, '05-register-result');
  await page.getByRole('button', { name: '去登录' }).click();

  // 5. Log in: back on the home page, the 人像 became the surname.
  await expect(page).toHaveURL(/\/m\/login/);
  await login({ role: 'seeker', account: idNumber, password: firstPassword, via: 'form' });
  await expect(page).toHaveURL(/\/m$/);
  const avatar = page.getByRole('link', { name: /^用户页面/ });
  await expect(avatar).toHaveText(surname);
  await shot(page, '06-home-logged-in');

  // 6. 用户页面 → 修改密码 → 短信验证码验证 → 获取验证码.
  await avatar.click();
  await expect(page).toHaveURL(/\/m\/user$/);
  await expect(page.getByText(name)).toBeVisible();
  await expect(page.getByText(masked)).toBeVisible();
  await shot(page, '07-user');
  await page.getByRole('link', { name: '修改密码' }).click();
  await expect(page.getByText('选择一个途径进行身份认证')).toBeVisible();
  await page.getByRole('radio', { name: '短信验证码验证' }).check();
  await page.getByRole('button', { name: '获取验证码' }).click();
  const maskedMobile = `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;
  await expect(page.getByText(`验证码已发送至注册手机 ${maskedMobile}`)).toBeVisible();
  await expect(page.getByRole('button', { name: /秒后重新获取/ })).toBeDisabled();
  await shot(page, '08-sms-sent');

  // The embedded SMS outbox lists every message, newest first.
  const outbox = await request.get('/dev/sms', { headers: { accept: 'application/json' } });
  expect(outbox.ok()).toBe(true);
  const messages = (await outbox.json()) as Array<{ to: string; text: string; sentAt: string }>;
  const message = messages.find((item) => item.to === maskedMobile && item.text.includes('验证码'));
  const code = /\d{6}/.exec(message?.text ?? '')?.[0];
  expect(code, 'an SMS with a 6-digit 验证码 was sent to the registered mobile').toBeDefined();
  await page.getByLabel('短信验证码', { exact: true }).fill(code!);
  await page.getByRole('button', { name: '下一步' }).click();

  // 7. 新密码 / 重复新密码 → 密码修改成功, other devices logged out.
  await page.getByLabel('新密码', { exact: true }).fill(newPassword);
  await page.getByLabel('重复新密码').fill(newPassword);
  await shot(page, '09-new-password');
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('密码修改成功')).toBeVisible();
  await expect(page.getByText(/其他设备上的.*登录.*退出/)).toBeVisible();
  await shot(page, '10-password-changed');

  // 8. 退出登录; the old password fails with the Chinese message; the new one works.
  await page.getByRole('button', { name: '返回用户页面' }).click();
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/m$/);
  await expect(page.getByRole('link', { name: '登录', exact: true })).toBeVisible();
  await page.goto('/m/login');
  await submitLoginForm(page, { area: 'seeker', account: idNumber, password: firstPassword });
  await expect(page.getByRole('alert')).toContainText(/账号或密码错误，还可尝试\d+次/);
  await shot(page, '11-old-password-refused');
  await login({ role: 'seeker', account: idNumber, password: newPassword, via: 'form' });
  await expect(page).toHaveURL(/\/m$/);
  await expect(page.getByRole('link', { name: /^用户页面/ })).toHaveText(surname);
  await shot(page, '12-logged-in-with-new-password');
});
