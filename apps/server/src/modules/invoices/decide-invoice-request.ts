import type { InvoiceApproval } from '@openrecruit/shared';
import type { z } from 'zod';
import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import { requireFound } from '../../plugins/access';
import { invoiceMachine } from './invoice-machine';
import {
  findUploadedInvoiceFile,
  isInvoiceNumberTaken,
  lockInvoice,
  releaseInvoiceOrders,
  updateInvoice,
} from './invoices.repository';

// The invoice's side of the review engine's decision (review kind `invoice`), in the deciding
// transaction: 开票 records the number and the PDF; 驳回 frees the orders for another request.

export interface IssueInvoiceOptions {
  invoiceId: string;
  operatorAccountId: string;
  approval: z.output<typeof InvoiceApproval>;
}

/** A PDF this operator uploaded and no invoice uses yet, or a field error naming `details.fileId`. */
export async function requireInvoicePdf(
  tx: Executor,
  fileId: string,
  operatorAccountId: string,
  field: string,
) {
  const file = await findUploadedInvoiceFile(tx, fileId, operatorAccountId);
  if (file?.contentType !== 'application/pdf')
    throw AppError.fieldError(field, '请上传发票PDF文件', 'FILE_TYPE_NOT_ALLOWED');
  if (file.used) throw AppError.fieldError(field, '该PDF已用于另一张发票，请重新上传');
}

export async function issueInvoice(tx: Executor, options: IssueInvoiceOptions) {
  const { approval } = options;
  const invoice = requireFound(await lockInvoice(tx, options.invoiceId), '发票不存在');
  const to = invoiceMachine.advance(invoice.state as 'requested', 'issue');
  if (await isInvoiceNumberTaken(tx, approval.invoiceNo, invoice.id))
    throw AppError.fieldError(
      'details.invoiceNo',
      '该发票号码已登记在其他发票上，请核对',
      'INVOICE_NO_TAKEN',
    );
  await requireInvoicePdf(tx, approval.fileId, options.operatorAccountId, 'details.fileId');
  await updateInvoice(tx, invoice.id, invoiceMachine.sources('issue'), {
    state: to,
    invoiceNo: approval.invoiceNo,
    fileId: approval.fileId,
    issuedAt: new Date(),
    issuedBy: options.operatorAccountId,
  });
}

export interface RejectInvoiceRequestOptions {
  invoiceId: string;
  reason: string;
}

export async function rejectInvoiceRequest(tx: Executor, options: RejectInvoiceRequestOptions) {
  const invoice = requireFound(await lockInvoice(tx, options.invoiceId), '发票不存在');
  const to = invoiceMachine.advance(invoice.state as 'requested', 'reject');
  await updateInvoice(tx, invoice.id, invoiceMachine.sources('reject'), {
    state: to,
    rejectReason: options.reason,
  });
  await releaseInvoiceOrders(tx, invoice.id);
}
