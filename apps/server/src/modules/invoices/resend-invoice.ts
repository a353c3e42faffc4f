import type { OpsInvoice } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { type Operator, requireFound } from '../../plugins/access';
import { recordSecurityEvent } from '../identity/security-events';
import { getOpsInvoice } from './get-invoice';
import { invoiceMachine } from './invoice-machine';
import { findInvoice } from './invoices.repository';
import { mailInvoice } from './mail-invoice';

export interface ResendInvoiceOptions {
  operator: Operator;
  invoiceId: string;
}

/** 发票管理 > 重新发送: mails an issued invoice again (after a failed mailing, or when asked). */
export async function resendInvoice(ctx: AppContext, options: ResendInvoiceOptions): Promise<OpsInvoice> {
  const invoice = requireFound(await findInvoice(ctx.db, options.invoiceId), '发票不存在');
  invoiceMachine.advance(invoice.state as 'issued', 'send');
  const sent = await mailInvoice(ctx, { invoiceId: invoice.id, which: 'invoice' });
  await recordSecurityEvent(ctx, {
    kind: 'invoice_mailed',
    accountId: options.operator.accountId,
    detail: { invoiceId: invoice.id, invoiceNo: invoice.invoiceNo, sent },
  });
  if (!sent) throw new AppError('MAIL_DELIVERY_FAILED');
  return getOpsInvoice(ctx, { invoiceId: invoice.id });
}
