import type { OpsOrder, OrderState, RechargeOrder, RefundStatus } from '@openrecruit/shared';
import type { PaymentOrderRow } from './payment-orders.repository';

export function mapRechargeOrder(row: PaymentOrderRow): RechargeOrder {
  return {
    id: row.id,
    outTradeNo: row.outTradeNo,
    state: row.state as OrderState,
    amountFen: row.amountFen,
    points: row.points,
    provider: row.provider,
    codeUrl: row.codeUrl,
    expiresAt: row.expiresAt.toISOString(),
    paidAt: row.paidAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function mapOpsOrder(
  row: PaymentOrderRow,
  companyName: string,
  operatorName: string | null,
): OpsOrder {
  return {
    ...mapRechargeOrder(row),
    companyId: row.companyId,
    companyName,
    operatorName: operatorName ?? '',
    refundedAt: row.refundedAt?.toISOString() ?? null,
    refundReason: row.refundReason,
    refundStatus: row.refundStatus as RefundStatus | null,
    refundSettledAt: row.refundSettledAt?.toISOString() ?? null,
  };
}
