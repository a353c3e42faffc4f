import { InvoiceRequestInput } from '@openrecruit/shared';
import { and, asc, eq } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { requestInvoice } from '../../modules/invoices/request-invoice';
import { storeInvoiceFile } from '../../modules/invoices/store-invoice-file';
import { decideReviewRequest } from '../../modules/reviews/decide-review-request';
import { accounts, invoices, paymentOrders } from '../schema';

/**
 * 开具发票 of the demo company: its first recharge invoiced (a 数电普票 issued by the operator and
 * mailed, in the outbox), its second asked for as a 专票 and waiting in 发票管理, its third still
 * 可开票. The PDF is a sample marked as such: demo data never pretends to be a real invoice.
 */
export async function seedDemoInvoices(
  ctx: AppContext,
  options: { companyId: string; operatorAccountId: string },
) {
  const { companyId, operatorAccountId } = options;
  const [admin] = await ctx.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.companyId, companyId), eq(accounts.companyRole, 'admin')));
  const member = { accountId: admin!.id, companyId, isAdmin: true };
  const paid = await ctx.db
    .select()
    .from(paymentOrders)
    .where(and(eq(paymentOrders.companyId, companyId), eq(paymentOrders.state, 'paid')))
    .orderBy(asc(paymentOrders.paidAt));
  const [first, second] = paid;
  if (!first || !second) throw new Error('seedDemoInvoices needs the demo company’s paid recharges');
  const taxNumber = '91310115MA1K3BTP2B';

  const issued = await requestInvoice(ctx, {
    member,
    requestKey: '00000000-0000-4000-9100-000000000001',
    input: InvoiceRequestInput.parse({
      orderIds: [first.id],
      kind: 'normal',
      buyerTaxNo: taxNumber,
      email: 'finance@example.com',
    }),
  });
  const invoiceNo = '26312000000012345678';
  const { fileId } = await storeInvoiceFile(ctx, {
    operator: { accountId: operatorAccountId },
    upload: { data: samplePdf(invoiceNo, first.amountFen, taxNumber), fileName: `发票-${invoiceNo}.pdf` },
  });
  const [request] = await ctx.db
    .select({ id: invoices.reviewRequestId })
    .from(invoices)
    .where(eq(invoices.id, issued.id));
  await decideReviewRequest(ctx, {
    decider: { accountId: operatorAccountId, scope: { reviewerKind: 'platform' } },
    requestId: request!.id!,
    decision: 'approve',
    details: { invoiceNo, fileId },
  });

  await requestInvoice(ctx, {
    member,
    requestKey: '00000000-0000-4000-9100-000000000002',
    input: InvoiceRequestInput.parse({
      orderIds: [second.id],
      kind: 'special',
      buyerTaxNo: taxNumber,
      buyerAddressPhone: '上海市浦东新区张江路88号 021-50801234',
      buyerBankAccount: '招商银行上海张江支行 121900000010888',
      email: 'finance@example.com',
      remark: '请在月底前开具',
    }),
  });
}

/** A one-page PDF that says what it is: a sample of the demo data, not an invoice of any tax system. */
function samplePdf(invoiceNo: string, amountFen: number, taxNumber: string): Buffer {
  const lines = [
    'OpenRecruit demo data - SAMPLE, not a real invoice',
    `Invoice No. ${invoiceNo}`,
    `Buyer tax number ${taxNumber}`,
    `Amount CNY ${(amountFen / 100).toFixed(2)}`,
  ];
  const text = lines.map((line, i) => `BT /F1 12 Tf 72 ${760 - i * 20} Td (${line}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
