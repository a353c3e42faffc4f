import type { ReconciliationReport } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { shanghaiTime } from '../../lib/shanghai-time';
import { PaymentProviderError } from '../../providers/payment/payment-provider';
import { recordSecurityEvent } from '../identity/security-events';
import { findPostedKeys } from './ledger.repository';
import { type Mismatch, matchTradeBill } from './match-trade-bill';
import { findCompanyName, findOrdersToReconcile } from './payment-orders.repository';
import {
  insertReconciliationReport,
  type StoredReconciliationReport,
} from './reconciliation-reports.repository';
import { settleOrderPayment } from './settle-order-payment';

export interface ReconcileTradeBillOptions {
  /** The Shanghai day, YYYY-MM-DD. */
  date: string;
  /** The operator who pressed 对账; none for the daily job. */
  operatorAccountId?: string;
}

const DAY_MS = 86_400_000;

/**
 * 对账 (issue 12 §3): downloads the provider's trade bill of the day (hash-checked by the provider),
 * loads the orders paid or refunded that day and those the bill names, asks the ledger which were
 * credited and refunded, and matches the three. A payment we did not credit is resolved by an
 * order query: when the provider confirms it, it is settled the one way (settleOrderPayment).
 * Every run is stored (对账记录, with its Excel file), the job's as well as the operators'.
 */
export async function reconcileTradeBill(
  ctx: AppContext,
  options: ReconcileTradeBillOptions,
): Promise<ReconciliationReport> {
  const provider = ctx.providers.payment;
  const bill = await provider.tradeBill(options.date).catch((error: unknown) => {
    if (!(error instanceof PaymentProviderError)) throw error;
    ctx.log.error({ err: error, date: options.date }, 'trade bill download failed');
    throw new AppError('PAYMENT_PROVIDER_FAILED', `下载对账单失败：${error.message}`);
  });
  const from = shanghaiTime(options.date, 0);
  const day = { from, to: new Date(from.getTime() + DAY_MS) };
  const orders = await findOrdersToReconcile(
    ctx.db,
    day,
    bill.map((row) => row.outTradeNo),
  );
  const posted = await findPostedKeys(
    ctx.db,
    orders.flatMap((order) => [`order:${order.id}:paid`, `order:${order.id}:refund`]),
  );
  const { matched, mismatches } = matchTradeBill(
    day,
    bill,
    orders.map((order) => ({
      id: order.id,
      outTradeNo: order.outTradeNo,
      amountFen: order.amountFen,
      state: order.state as 'created' | 'paid' | 'closed' | 'refunded',
      paidAt: order.paidAt,
      credited: posted.has(`order:${order.id}:paid`),
      refundedAt: order.refundedAt,
      refundFen: order.refundFen,
    })),
  );

  const byId = new Map(orders.map((order) => [order.id, order]));
  const report: ReconciliationReport['mismatches'] = [];
  for (const mismatch of mismatches) {
    const order = mismatch.orderId ? byId.get(mismatch.orderId) : undefined;
    report.push({
      kind: mismatch.kind,
      outTradeNo: mismatch.outTradeNo,
      orderId: mismatch.orderId,
      companyName: order ? ((await findCompanyName(ctx.db, order.companyId)) ?? null) : null,
      ...amountsOf(mismatch),
      resolution:
        order && mismatch.kind === 'paid_not_credited' ? await resolveByQuery(ctx, order.outTradeNo) : 'open',
    });
  }
  if (report.length > 0)
    ctx.log.warn({ date: options.date, mismatches: report.length }, 'reconciliation found mismatches');
  const stored: StoredReconciliationReport = {
    date: options.date,
    provider: provider.name,
    billRows: bill.length,
    matched,
    mismatches: report,
    checkedAt: new Date().toISOString(),
  };
  const id = await insertReconciliationReport(ctx.db, stored, options.operatorAccountId);
  if (options.operatorAccountId)
    await recordSecurityEvent(ctx, {
      kind: 'reconciliation_run',
      accountId: options.operatorAccountId,
      detail: { date: options.date, mismatches: report.length, reportId: id },
    });
  return { id, ...stored };
}

function amountsOf(mismatch: Mismatch): { billFen: number | null; orderFen: number | null } {
  switch (mismatch.kind) {
    case 'paid_not_credited':
      return { billFen: mismatch.billFen, orderFen: null };
    case 'credited_not_paid':
      return { billFen: null, orderFen: mismatch.orderFen };
    case 'amount_mismatch':
      return { billFen: mismatch.billFen, orderFen: mismatch.orderFen };
    case 'refund_mismatch':
      return { billFen: mismatch.billRefundFen, orderFen: mismatch.orderRefundFen };
  }
}

/** Asks the provider about a payment we hold no credit for; credits it the one way when confirmed. */
async function resolveByQuery(ctx: AppContext, outTradeNo: string): Promise<'credited_now' | 'open'> {
  const state = await ctx.providers.payment.queryOrder(outTradeNo);
  if (state.state !== 'SUCCESS') return 'open';
  const outcome = await settleOrderPayment(ctx, {
    outTradeNo,
    amountFen: state.amountFen,
    transactionId: state.transactionId,
    paidAt: state.paidAt,
  });
  return outcome === 'credited' ? 'credited_now' : 'open';
}
