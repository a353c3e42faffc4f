import { type EmployerInvoice, type InvoiceRequestInput, live, maskEmail } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { type CompanyMember, notFound, requireFound } from '../../plugins/access';
import { submitReviewRequest } from '../reviews/submit-review-request';
import { getEmployerInvoice } from './get-invoice';
import {
  findInvoiceBuyer,
  findInvoiceByRequestKey,
  findInvoiceOrderLines,
  INVOICEABLE_PURPOSES,
  type InvoiceRow,
  insertInvoice,
  lockCompanyOrders,
  updateInvoice,
} from './invoices.repository';

export interface RequestInvoiceOptions {
  member: CompanyMember;
  input: z.output<typeof InvoiceRequestInput>;
  /** The client's Idempotency-Key: a retry answers the first invoice. */
  requestKey: string;
}

/**
 * 开具发票 (issue 12 §4): one 数电票 over the chosen paid recharges, queued for the operators' 发票管理
 * (review kind `invoice`). The orders are locked in one order and each must be paid and not yet
 * covered: two requests naming the same order make one invoice, the other is refused with
 * ORDER_NOT_INVOICEABLE. The same key again answers the first invoice; with other orders, it is
 * refused (IDEMPOTENCY_KEY_REUSED).
 */
export async function requestInvoice(
  ctx: AppContext,
  options: RequestInvoiceOptions,
): Promise<EmployerInvoice> {
  const { member, input, requestKey } = options;
  const { companyId } = member;
  const orderIds = [...new Set(input.orderIds)].sort();
  const buyer = requireFound(await findInvoiceBuyer(ctx.db, companyId));

  const outcome = await ctx.db.transaction(async (tx) => {
    const orders = await lockCompanyOrders(tx, companyId, orderIds);
    // A retry, or the same key racing: the first one's invoice (read under the orders' locks).
    const earlier = await findInvoiceByRequestKey(tx, companyId, requestKey);
    if (earlier) return { invoice: await sameRequest(tx, earlier, orderIds), events: [] };
    if (orders.length !== orderIds.length) throw notFound('订单不存在');
    if (
      orders.some(
        (order) => order.state !== 'paid' || !INVOICEABLE_PURPOSES.includes(order.purpose) || order.invoiceId,
      )
    )
      throw new AppError('ORDER_NOT_INVOICEABLE');

    const amountFen = orders.reduce((sum, order) => sum + order.amountFen, 0);
    const invoice = await insertInvoice(
      tx,
      {
        companyId,
        kind: input.kind,
        buyerName: buyer.name,
        buyerTaxNo: input.buyerTaxNo,
        buyerAddressPhone: input.kind === 'special' ? input.buyerAddressPhone : '',
        buyerBankAccount: input.kind === 'special' ? input.buyerBankAccount : '',
        amountFen,
        emailEnc: ctx.cipher.encrypt(input.email),
        emailMasked: maskEmail(input.email),
        remark: input.remark,
        requestKey,
        requestedBy: member.accountId,
        // The request's own time (not the transaction's): requests made in one transaction stay in order.
        createdAt: new Date(),
      },
      orders,
    );
    if (!invoice) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    const review = await submitReviewRequest(tx, {
      kind: 'invoice',
      subjectId: invoice.id,
      applicantAccountId: member.accountId,
      applicantCompanyId: companyId,
      payload: {
        kind: input.kind,
        buyerName: buyer.name,
        buyerTaxNo: input.buyerTaxNo,
        buyerAddressPhone: invoice.buyerAddressPhone,
        buyerBankAccount: invoice.buyerBankAccount,
        amountFen,
        remark: input.remark,
        emailMasked: invoice.emailMasked,
        orders: orders.map((order) => ({
          outTradeNo: order.outTradeNo,
          amountFen: order.amountFen,
          points: order.points,
          paidAt: (order.paidAt ?? order.createdAt).toISOString(),
        })),
      },
    });
    await updateInvoice(tx, invoice.id, ['requested'], { reviewRequestId: review.id });
    return { invoice, events: review.events };
  });

  await publishAfterCommit(
    ctx,
    ...outcome.events,
    live.company(companyId, { type: 'invoices.changed', data: { invoiceId: outcome.invoice.id } }),
  );
  return getEmployerInvoice(ctx, { invoiceId: outcome.invoice.id, companyId });
}

/** The earlier invoice of this key, when it was for the same orders. */
async function sameRequest(
  tx: Parameters<typeof findInvoiceOrderLines>[0],
  earlier: InvoiceRow,
  orderIds: string[],
) {
  const lines = await findInvoiceOrderLines(tx, [earlier.id]);
  const same =
    lines
      .map((line) => line.id)
      .sort()
      .join(',') === orderIds.join(',');
  if (!same) throw new AppError('IDEMPOTENCY_KEY_REUSED');
  return earlier;
}
