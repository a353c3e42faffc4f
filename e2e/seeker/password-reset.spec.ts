import { signUpSeeker } from '../support/accounts';
import { expect, submitLoginForm, test } from '../support/fixtures';

// Issue 10, defect 12: five wrong guesses lock an ID number against guessing, and its owner gets
// back in through 找回密码 on the login page (decision 015), which lifts the lock.
test('[SEEKER] a locked seeker resets the password by bank card and logs in', async ({ page, request }) => {
  const seeker = await signUpSeeker(request);
  const wrong = seeker.password === '135790' ? '246802' : '135790';
  await page.goto('/m/login');
  for (let guess = 0; guess < 5; guess++) {
    await submitLoginForm(page, { area: 'seeker', account: seeker.idNumber, password: wrong });
    await expect(page.getByRole('alert')).toBeVisible();
  }
  await submitLoginForm(page, { area: 'seeker', account: seeker.idNumber, password: seeker.password });
  await expect(page.getByRole('alert')).toContainText('找回密码');

  await page.getByRole('button', { name: /找回密码/ }).click();
  const popup = page.locator('.adm-popup-body');
  await expect(popup.getByRole('heading', { name: '找回密码' })).toBeVisible();
  await popup.getByLabel('身份证号').fill(seeker.idNumber);
  await popup.getByRole('radio', { name: '银行卡验证' }).check();
  await popup.getByLabel('银行卡号').fill('6222021001116220002');
  await popup.getByRole('button', { name: '下一步' }).click();

  const newPassword = seeker.password === '582046' ? '371958' : '582046';
  await popup.getByLabel('新密码', { exact: true }).fill(newPassword);
  await popup.getByLabel('重复新密码').fill(newPassword);
  await popup.getByRole('button', { name: '确定' }).click();
  await expect(popup.getByText('密码已重设')).toBeVisible();
  await popup.getByRole('button', { name: '去登录' }).click();
  await expect(popup).toBeHidden();

  await submitLoginForm(page, { area: 'seeker', account: seeker.idNumber, password: newPassword });
  await expect(page).not.toHaveURL(/\/m\/login/);
});
