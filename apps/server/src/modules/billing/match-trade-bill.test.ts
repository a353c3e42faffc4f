import { describe, expect, it } from 'vitest';
import type { TradeBillRow } from '../../providers/payment/payment-provider';
import { matchTradeBill, type ReconciledOrder } from './match-trade-bill';

// 2026-12-01 in Shanghai: [2026-11-30T16:00Z, 2026-12-01T16:00Z).
const day = { from: new Date('2026-11-30T16:00:00Z'), to: new Date('2026-12-01T16:00:00Z') };
const at = (time: string) => new Date(`2026-12-01T${time}+08:00`);

const paid = (outTradeNo: string, amountFen: number, time = '10:00:00'): TradeBillRow => ({
  tradeTime: at(time),
  transactionId: `42000${outTradeNo}`,
  outTradeNo,
  tradeState: 'SUCCESS',
  amountFen,
  settlementFen: amountFen,
});
const refund = (outTradeNo: string, refundFen: number): TradeBillRow => ({
  ...paid(outTradeNo, 0),
  tradeState: 'REFUND',
  refundFen,
  outRefundNo: `R${outTradeNo}`,
});
const order = (
  outTradeNo: string,
  amountFen: number,
  more: Partial<ReconciledOrder> = {},
): ReconciledOrder => ({
  id: `id-${outTradeNo}`,
  outTradeNo,
  amountFen,
  state: 'paid',
  paidAt: at('10:00:01'),
  credited: true,
  refundedAt: null,
  refundFen: null,
  ...more,
});

describe('matchTradeBill (reconciliation, three ways)', () => {
  it('matches a day where the bill, the orders and the ledger agree', () => {
    expect(
      matchTradeBill(day, [paid('A', 10_000), paid('B', 50_000)], [order('A', 10_000), order('B', 50_000)]),
    ).toEqual({
      matched: 2,
      mismatches: [],
    });
  });

  it('finds a payment we did not credit (known order or unknown), to resolve by an order query', () => {
    const result = matchTradeBill(
      day,
      [paid('A', 10_000), paid('X', 300)],
      [order('A', 10_000, { state: 'created', paidAt: null, credited: false })],
    );
    expect(result.mismatches).toEqual([
      { kind: 'paid_not_credited', outTradeNo: 'A', orderId: 'id-A', billFen: 10_000 },
      { kind: 'paid_not_credited', outTradeNo: 'X', orderId: null, billFen: 300 },
    ]);
  });

  it('finds a credit the bill does not show, but not one credited on another day', () => {
    const result = matchTradeBill(
      day,
      [],
      [order('A', 10_000), order('B', 20_000, { paidAt: new Date('2026-11-30T15:59:59Z') })],
    );
    expect(result.mismatches).toEqual([
      { kind: 'credited_not_paid', outTradeNo: 'A', orderId: 'id-A', orderFen: 10_000 },
    ]);
  });

  it('finds an amount that differs between the bill and the order', () => {
    const result = matchTradeBill(day, [paid('A', 9_900)], [order('A', 10_000)]);
    expect(result.mismatches).toEqual([
      { kind: 'amount_mismatch', outTradeNo: 'A', orderId: 'id-A', billFen: 9_900, orderFen: 10_000 },
    ]);
  });

  it('counts only a completed refund: one the provider closed is listed until it is re-issued', () => {
    const closed = { ...refund('C', 10_000), refundStatus: 'CLOSED' };
    const result = matchTradeBill(
      day,
      [closed, { ...refund('D', 10_000), refundStatus: 'SUCCESS' }],
      ['C', 'D'].map((id) =>
        order(id, 10_000, {
          state: 'refunded' as const,
          refundedAt: at('15:00:00'),
          refundFen: 10_000,
          paidAt: new Date('2026-11-20T02:00:00Z'),
        }),
      ),
    );
    expect(result.matched).toBe(1);
    expect(result.mismatches).toEqual([
      {
        kind: 'refund_mismatch',
        outTradeNo: 'C',
        orderId: 'id-C',
        billRefundFen: null,
        orderRefundFen: 10_000,
      },
    ]);
  });

  it('matches refunds, and finds one on one side only or of another amount', () => {
    const refunded = (refundFen: number) => ({
      state: 'refunded' as const,
      refundedAt: at('15:00:00'),
      refundFen,
    });
    const result = matchTradeBill(
      day,
      [refund('P', 10_000), refund('Q', 5_000), refund('S', 700)],
      [
        order('P', 10_000, { ...refunded(10_000), paidAt: new Date('2026-11-20T02:00:00Z') }),
        order('Q', 10_000, { ...refunded(10_000), paidAt: new Date('2026-11-20T02:00:00Z') }),
        order('R', 10_000, { ...refunded(10_000), paidAt: new Date('2026-11-20T02:00:00Z') }),
      ],
    );
    expect(result.matched).toBe(1);
    expect(result.mismatches).toEqual([
      {
        kind: 'refund_mismatch',
        outTradeNo: 'Q',
        orderId: 'id-Q',
        billRefundFen: 5_000,
        orderRefundFen: 10_000,
      },
      { kind: 'refund_mismatch', outTradeNo: 'S', orderId: null, billRefundFen: 700, orderRefundFen: null },
      {
        kind: 'refund_mismatch',
        outTradeNo: 'R',
        orderId: 'id-R',
        billRefundFen: null,
        orderRefundFen: 10_000,
      },
    ]);
  });
});
