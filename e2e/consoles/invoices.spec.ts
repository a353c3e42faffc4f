import { expect, test } from '../support/fixtures';
import { collectProblems, shot } from '../support/seeker';

// Issue 12 §4, 开具发票: the demo company's admin picks a paid recharge in 可开票订单, 申请开票 asks for a
// 数电普票 to the prefilled 接收邮箱; the operator opens it in 发票管理 > 开票审核, 通过 opens 开票 with
// the number and the uploaded PDF, and the invoice is mailed (已发送); the company downloads it.

const PDF = Buffer.from('%PDF-1.4\n% e2e invoice\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

test('[EMPLOYER → OPS] 申请开票 → 开票审核 通过 with number and PDF → 已发送 and 下载发票', async ({
  page,
  login,
}) => {
  test.setTimeout(120_000);
  const problems = collectProblems(page);
  const invoiceNo = `2631200000${String(Date.now()).slice(-10)}`;
  await login({ role: 'employer-admin' });

  await page.goto('/employer/mall/invoices');
  await expect(page.getByRole('heading', { name: '开具发票' })).toBeVisible();
  const order = page.getByRole('row').filter({ hasText: '500快点' }).first();
  await order.getByRole('checkbox').check();
  await expect(page.getByText('已选 1 笔')).toBeVisible();
  await page.getByRole('button', { name: '申请开票' }).click();
  const request = page.getByRole('dialog').filter({ hasText: '申请开票' });
  await expect(request.getByLabel('发票抬头')).toHaveValue('上海申城智造科技有限公司');
  await expect(request.getByLabel('纳税人识别号')).toHaveValue('91310115MA1K3BTP2B');
  await request.getByText('数电普票', { exact: true }).click();
  await request.getByLabel('接收邮箱').fill('finance-e2e@example.com');
  await shot(page, 'invoice-1-request');
  await request.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByText('开票申请已提交', { exact: false })).toBeVisible();
  const mine = page.getByRole('row').filter({ hasText: 'f***@example.com' }).filter({ hasText: '待开票' });
  await expect(mine.first()).toBeVisible();

  // The operator, in the same browser (each console has its own session).
  await login({ role: 'operator' });
  await page.goto('/ops/invoices');
  await expect(page.getByRole('tab', { name: '开票审核' })).toBeVisible();
  const drawer = page.getByRole('dialog').filter({ hasText: '开票审核详情' });
  const rows = page.getByRole('row').filter({ has: page.getByRole('button', { name: /^审核：/ }) });
  await expect(rows.first()).toBeVisible();
  let found = false;
  for (let i = 0; i < (await rows.count()) && !found; i++) {
    await rows
      .nth(i)
      .getByRole('button', { name: /^审核：/ })
      .click();
    await expect(drawer.getByText('开票信息')).toBeVisible();
    if (
      (await drawer.getByText('f***@example.com').count()) > 0 &&
      (await drawer.getByText('¥500.00').count()) > 0
    )
      found = true;
    else await drawer.getByRole('button', { name: 'Close' }).click();
  }
  expect(found).toBe(true);
  await drawer.getByRole('button', { name: '通过' }).click();
  const issue = page.getByRole('dialog').filter({ hasText: '确认开票' });
  await issue.getByLabel('发票号码').fill(invoiceNo);
  await issue
    .locator('input[type=file]')
    .setInputFiles({ name: '发票.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(issue.getByText('发票.pdf')).toBeVisible();
  await shot(page, 'invoice-2-issue');
  await issue.getByRole('button', { name: '确认开票' }).click();
  await expect(issue).toBeHidden();

  await page.getByRole('tab', { name: '发票记录' }).click();
  await expect(page.getByRole('row').filter({ hasText: invoiceNo }).getByText('已发送')).toBeVisible();
  await shot(page, 'invoice-3-records');

  // Back to the company: 已发送, and the PDF downloads.
  await page.goto('/employer/mall/invoices');
  const issued = page.getByRole('row').filter({ hasText: invoiceNo });
  await expect(issued.getByText('已发送')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    issued
      .getByRole('button', { name: '下载发票' })
      .or(issued.getByRole('link', { name: '下载发票' }))
      .click(),
  ]);
  expect(download.suggestedFilename()).toBe(`发票-${invoiceNo}.pdf`);
  await shot(page, 'invoice-4-employer');
  expect(problems).toEqual([]);
});
