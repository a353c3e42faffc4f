import { expect, test } from '../support/fixtures';
import { collectProblems, shot } from '../support/seeker';

// Issue 12 §2, 充值快点: the demo company's admin opens 去充值, picks 500快点, must agree to
// 《快点服务协议》, 确认并支付 shows the QR code with the 沙箱 link; the sandbox cashier (a page of its
// own, marked 沙箱支付) says 支付成功, its signed notice goes through the real notice route, the
// recharge page turns to 支付成功 by itself, and 快点明细 lists the order.

test('[EMPLOYER] 去充值 → 确认并支付 → 沙箱收银台 支付成功 → the balance and 快点明细', async ({
  page,
  login,
}) => {
  test.setTimeout(120_000);
  const problems = collectProblems(page);
  await login({ role: 'employer-admin' });
  const balance = async () => {
    const response = await page.request.get('/api/employer/points');
    return ((await response.json()) as { balance: number }).balance;
  };
  const before = await balance();

  await page.goto('/employer/mall');
  await page.getByRole('button', { name: '去充值' }).click();
  const modal = page.getByRole('dialog').filter({ hasText: '充值快点' });
  await modal.getByText('500快点', { exact: true }).click();
  await expect(modal.getByText('¥500.00')).toBeVisible();
  await modal.getByRole('button', { name: '确认并支付' }).click();
  await expect(modal.getByText('请阅读并同意《快点服务协议》')).toBeVisible();
  await modal.getByRole('checkbox').check();
  await modal.getByRole('button', { name: '确认并支付' }).click();
  await expect(modal.getByText('请使用微信扫描二维码完成支付')).toBeVisible();
  await expect(modal.getByRole('img', { name: /^微信支付二维码/ })).toBeVisible();
  await shot(page, 'recharge-1-qr');

  // The sandbox cashier opens in a tab of its own, as a phone's WeChat would after the scan.
  const [cashier] = await Promise.all([
    page.context().waitForEvent('page'),
    modal.getByRole('link', { name: '打开沙箱收银台' }).click(),
  ]);
  await expect(cashier.getByText('本页为沙箱环境，不会产生真实扣款')).toBeVisible();
  await expect(cashier.getByText('¥500.00')).toBeVisible();
  await cashier.getByRole('button', { name: '支付成功' }).click();
  await expect(cashier.getByText('可以关闭本页，返回充值页面查看到账快点')).toBeVisible();
  await cashier.close();

  await expect(page.getByText('500快点已到账')).toBeVisible({ timeout: 15_000 });
  expect(await balance()).toBe(before + 500);

  await page.goto('/employer/mall/points');
  await expect(page.getByText('上海申城智造科技有限公司 - 充值记录')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '500' }).first()).toBeVisible();
  await shot(page, 'recharge-2-statement');
  expect(problems).toEqual([]);
});
