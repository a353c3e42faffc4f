import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import { invoiceMachine } from './invoice-machine';
import { lockInvoice, updateInvoice } from './invoices.repository';

export interface HoldInvoiceForRefundOptions {
  /** The order being refunded, locked by the caller. */
  order: { invoiceId: string | null; outTradeNo: string };
  reason: string;
}

/**
 * In 订单管理's refund transaction: an invoice that covers the order must be reversed (红冲), so it
 * turns 待红冲 with the reason; a request still 待开票 must be 驳回 first (the refund is refused). Answers
 * the invoice's id when one was held, for the caller's event.
 */
export async function holdInvoiceForRefund(
  tx: Executor,
  options: HoldInvoiceForRefundOptions,
): Promise<string | undefined> {
  const { order } = options;
  if (!order.invoiceId) return undefined;
  const invoice = await lockInvoice(tx, order.invoiceId);
  if (!invoice) return undefined;
  if (invoice.state === 'requested') throw new AppError('INVOICE_PENDING_ON_ORDER');
  if (!invoiceMachine.can(invoice.state as 'issued', 'refundOrder')) return undefined;
  await updateInvoice(tx, invoice.id, invoiceMachine.sources('refundOrder'), {
    state: invoiceMachine.advance(invoice.state as 'issued', 'refundOrder'),
    reversalReason: `订单${order.outTradeNo}退款：${options.reason}`,
  });
  return invoice.id;
}
