import type { TradeBillRow } from '../../providers/payment/payment-provider';

// Reconciliation (issue 12 §3): one day's trade bill from the payment provider against our orders
// and the ledger, three ways. Pure: the daily job and the ops button load the three sides, call
// this, resolve what an order query can resolve and store the report.

/** Our side of an order, as far as reconciliation needs it. */
export interface ReconciledOrder {
  id: string;
  outTradeNo: string;
  amountFen: number;
  state: 'created' | 'paid' | 'closed' | 'refunded';
  /** When we marked it paid (null when we never did). */
  paidAt: Date | null;
  /** Whether the ledger holds its credit (`order:<id>:paid`). */
  credited: boolean;
  /** When we refunded it, and how much (null when we did not). */
  refundedAt: Date | null;
  refundFen: number | null;
}

/** The bill's day: [from, to) in UTC instants of the Shanghai day. */
export interface BillDay {
  from: Date;
  to: Date;
}

export type Mismatch =
  /** The provider took the money, we did not credit it: an order query resolves it (then credit). */
  | { kind: 'paid_not_credited'; outTradeNo: string; orderId: string | null; billFen: number }
  /** We credited an order the bill does not show paid. */
  | { kind: 'credited_not_paid'; outTradeNo: string; orderId: string; orderFen: number }
  /** Both sides know the payment, with different amounts. */
  | { kind: 'amount_mismatch'; outTradeNo: string; orderId: string; billFen: number; orderFen: number }
  /** A refund on one side only, or of another amount. */
  | {
      kind: 'refund_mismatch';
      outTradeNo: string;
      orderId: string | null;
      billRefundFen: number | null;
      orderRefundFen: number | null;
    };

export interface BillMatch {
  /** Payments and refunds that agree on both sides. */
  matched: number;
  mismatches: Mismatch[];
}

/**
 * Matches one day's bill rows with the orders paid or refunded that day (and any other order the
 * bill names, which the caller loads by `outTradeNo`).
 */
export function matchTradeBill(day: BillDay, bill: TradeBillRow[], orders: ReconciledOrder[]): BillMatch {
  const within = (at: Date | null) => at !== null && at >= day.from && at < day.to;
  const byTradeNo = new Map(orders.map((order) => [order.outTradeNo, order]));
  const payments = new Map<string, TradeBillRow>();
  const refunds = new Map<string, number>();
  for (const row of bill) {
    if (row.tradeState === 'REFUND') {
      // Only a refund the provider completed counts: one still 退款中, or 退款关闭 and never re-issued,
      // is money we did not give back, listed as 退款不一致 until it is.
      if (row.refundStatus && row.refundStatus !== 'SUCCESS') continue;
      refunds.set(row.outTradeNo, (refunds.get(row.outTradeNo) ?? 0) + (row.refundFen ?? 0));
    } else if (row.tradeState === 'SUCCESS') {
      payments.set(row.outTradeNo, row);
    }
  }

  let matched = 0;
  const mismatches: Mismatch[] = [];
  for (const [outTradeNo, row] of payments) {
    const order = byTradeNo.get(outTradeNo);
    if (!order?.credited) {
      mismatches.push({
        kind: 'paid_not_credited',
        outTradeNo,
        orderId: order?.id ?? null,
        billFen: row.amountFen,
      });
    } else if (order.amountFen !== row.amountFen) {
      mismatches.push({
        kind: 'amount_mismatch',
        outTradeNo,
        orderId: order.id,
        billFen: row.amountFen,
        orderFen: order.amountFen,
      });
    } else {
      matched += 1;
    }
  }
  for (const order of orders) {
    if (order.credited && within(order.paidAt) && !payments.has(order.outTradeNo))
      mismatches.push({
        kind: 'credited_not_paid',
        outTradeNo: order.outTradeNo,
        orderId: order.id,
        orderFen: order.amountFen,
      });
  }

  const refundedToday = orders.filter((order) => within(order.refundedAt)).map((order) => order.outTradeNo);
  for (const outTradeNo of new Set([...refunds.keys(), ...refundedToday])) {
    const order = byTradeNo.get(outTradeNo);
    const billRefundFen = refunds.get(outTradeNo) ?? null;
    const orderRefundFen = order?.refundedAt ? order.refundFen : null;
    if (billRefundFen !== null && billRefundFen === orderRefundFen) matched += 1;
    else
      mismatches.push({
        kind: 'refund_mismatch',
        outTradeNo,
        orderId: order?.id ?? null,
        billRefundFen,
        orderRefundFen,
      });
  }
  return { matched, mismatches };
}
