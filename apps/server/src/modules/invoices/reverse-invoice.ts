import { type InvoiceReversalInput, live, type OpsInvoice } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { type Operator, requireFound } from '../../plugins/access';
import { recordSecurityEvent } from '../identity/security-events';
import { notifyAccount } from '../notifications/notify-account';
import { requireInvoicePdf } from './decide-invoice-request';
import { getOpsInvoice } from './get-invoice';
import { invoiceMachine } from './invoice-machine';
import {
  isInvoiceNumberTaken,
  lockInvoice,
  releaseInvoiceOrders,
  updateInvoice,
} from './invoices.repository';
import { mailInvoice } from './mail-invoice';

export interface ReverseInvoiceOptions {
  operator: Operator;
  invoiceId: string;
  input: z.output<typeof InvoiceReversalInput>;
}

/**
 * 发票管理 > 红冲: an order the invoice covers was refunded, so the operator issues a 红字发票 against it
 * and records it here. The invoice turns 已红冲, its other orders may be invoiced again, and the
 * 红字发票 is mailed to the company.
 */
export async function reverseInvoice(ctx: AppContext, options: ReverseInvoiceOptions): Promise<OpsInvoice> {
  const { operator, input } = options;
  const reversed = await ctx.db.transaction(async (tx) => {
    const invoice = requireFound(await lockInvoice(tx, options.invoiceId), '发票不存在');
    const to = invoiceMachine.advance(invoice.state as 'reversal_pending', 'reverse');
    if (
      (await isInvoiceNumberTaken(tx, input.redInvoiceNo, invoice.id)) ||
      input.redInvoiceNo === invoice.invoiceNo
    )
      throw AppError.fieldError('redInvoiceNo', '该发票号码已登记在其他发票上，请核对', 'INVOICE_NO_TAKEN');
    await requireInvoicePdf(tx, input.fileId, operator.accountId, 'fileId');
    await releaseInvoiceOrders(tx, invoice.id);
    return requireFound(
      await updateInvoice(tx, invoice.id, invoiceMachine.sources('reverse'), {
        state: to,
        redInvoiceNo: input.redInvoiceNo,
        redFileId: input.fileId,
        reversedAt: new Date(),
        reversedBy: operator.accountId,
      }),
    );
  });
  await recordSecurityEvent(ctx, {
    kind: 'invoice_reversed',
    accountId: operator.accountId,
    detail: { invoiceId: reversed.id, invoiceNo: reversed.invoiceNo, redInvoiceNo: reversed.redInvoiceNo },
  });
  await notifyAccount(ctx, {
    accountId: reversed.requestedBy,
    kind: 'invoice_reversed',
    title: '发票已红冲',
    body: `发票号码 ${reversed.invoiceNo} 已红冲（${reversed.reversalReason ?? '订单退款'}），红字发票已发送至 ${reversed.emailMasked}。`,
    link: '/employer/mall/invoices',
  });
  await mailInvoice(ctx, { invoiceId: reversed.id, which: 'red' });
  await publishAfterCommit(
    ctx,
    live.company(reversed.companyId, { type: 'invoices.changed', data: { invoiceId: reversed.id } }),
  );
  return getOpsInvoice(ctx, { invoiceId: reversed.id });
}
