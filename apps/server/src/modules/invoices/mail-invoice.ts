import { formatYuan, INVOICE_KIND_LABELS, type InvoiceKind, live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { MailDeliveryError } from '../../providers/mail/mail-provider';
import { invoiceMachine } from './invoice-machine';
import {
  findInvoice,
  findStoredFile,
  type InvoiceRow,
  lockInvoice,
  updateInvoice,
} from './invoices.repository';

export interface MailInvoiceOptions {
  invoiceId: string;
  /** The invoice itself (开票, 重新发送), or the 红字发票 that reverses it (红冲). */
  which: 'invoice' | 'red';
}

/**
 * Mails the invoice's PDF (or its 红字发票) to the company's 接收邮箱 through the mail provider, after
 * the commit that issued it. The invoice turns 已发送; a failed mailing keeps the reason for
 * 发票管理's 重新发送 and answers false (it never undoes the issue).
 */
export async function mailInvoice(ctx: AppContext, options: MailInvoiceOptions): Promise<boolean> {
  const invoice = await findInvoice(ctx.db, options.invoiceId);
  const fileId = options.which === 'red' ? invoice?.redFileId : invoice?.fileId;
  if (!invoice || !fileId) return false;
  const file = await findStoredFile(ctx.db, fileId);
  if (!file) return false;
  const message = mailOf(invoice, options.which);
  let error: string | null = null;
  try {
    await ctx.providers.mail.send({
      to: ctx.cipher.decrypt(invoice.emailEnc),
      ...message,
      attachments: [
        {
          filename: `${message.fileStem}.pdf`,
          contentType: 'application/pdf',
          content: await ctx.providers.storage.get(file.storageKey),
        },
      ],
    });
  } catch (failure) {
    if (!(failure instanceof MailDeliveryError)) throw failure;
    ctx.log.error({ err: failure, invoiceId: invoice.id }, 'invoice mail failed');
    error = failure.message;
  }
  await ctx.db.transaction(async (tx) => {
    const locked = await lockInvoice(tx, invoice.id);
    if (!locked) return;
    if (error || options.which === 'red' || !invoiceMachine.can(locked.state as 'issued', 'send')) {
      await updateInvoice(tx, locked.id, [locked.state as 'issued'], { sendError: error });
      return;
    }
    await updateInvoice(tx, locked.id, invoiceMachine.sources('send'), {
      state: invoiceMachine.advance(locked.state as 'issued', 'send'),
      sentAt: new Date(),
      sendError: null,
    });
  });
  await publishAfterCommit(
    ctx,
    live.company(invoice.companyId, { type: 'invoices.changed', data: { invoiceId: invoice.id } }),
    live.operators({ type: 'invoices.changed', data: { invoiceId: invoice.id } }),
  );
  return error === null;
}

function mailOf(invoice: InvoiceRow, which: 'invoice' | 'red') {
  const kind = INVOICE_KIND_LABELS[invoice.kind as InvoiceKind];
  const amount = formatYuan(invoice.amountFen);
  if (which === 'red') {
    return {
      subject: `【开放招聘】红字发票 ${invoice.redInvoiceNo}`,
      fileStem: `红字发票-${invoice.redInvoiceNo}`,
      text: [
        `${invoice.buyerName}：您好！`,
        `因${invoice.reversalReason ?? '订单退款'}，您的${kind}（发票号码 ${invoice.invoiceNo}，金额 ${amount}）已红冲，`,
        `红字发票号码 ${invoice.redInvoiceNo}，PDF 见附件。未退款的订单可在【道具商城 > 开具发票】重新申请开票。`,
        '',
        '开放招聘平台',
      ].join('\n'),
    };
  }
  return {
    subject: `【开放招聘】电子发票 ${invoice.invoiceNo}`,
    fileStem: `发票-${invoice.invoiceNo}`,
    text: [
      `${invoice.buyerName}：您好！`,
      `您申请的${kind}已开具：发票号码 ${invoice.invoiceNo}，金额 ${amount}，纳税人识别号 ${invoice.buyerTaxNo}。`,
      '发票 PDF 见附件，也可在【道具商城 > 开具发票】下载。',
      '',
      '开放招聘平台',
    ].join('\n'),
  };
}
