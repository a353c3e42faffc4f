import { live, type RefundStatus } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import type { RefundStatus as ProviderRefundStatus } from '../../providers/payment/payment-provider';
import { lockOrder, updateOrder } from './payment-orders.repository';
import { refundEventOf, refundMachine } from './refund-machine';
import { refundNumberOf } from './refund-order';

/** A verified refund notice (WeChat Pay REFUND.SUCCESS / REFUND.ABNORMAL / REFUND.CLOSED). */
export interface RecordRefundNoticeOptions {
  outTradeNo: string;
  outRefundNo: string;
  refundFen: number;
  status: ProviderRefundStatus;
  /** success_time of a REFUND.SUCCESS; the notice's arrival otherwise. */
  settledAt?: Date;
}

export type RefundNoticeOutcome =
  /** The refund status moved (processing → success, abnormal or closed; abnormal → success or closed). */
  | 'recorded'
  /** Already known (a replayed notice) or out of order after a final status: nothing changed. */
  | 'unchanged'
  /** No refund of ours (none made, or another out_refund_no): nothing changed. */
  | 'not_our_refund'
  /** Our refund number with another amount: nothing changed. */
  | 'amount_mismatch'
  | 'unknown_order';

/**
 * The outcome of a refund the operators made (订单管理 退款), told by the provider's notice: under
 * the order's lock, checked to be our refund number and amount, recorded through the refund
 * machine with the time it settled. Idempotent: a replayed notice finds the status already there.
 * The 快点 and the money left the ledger when the refund was made; a notice moves nothing in it.
 */
export async function recordRefundNotice(
  ctx: AppContext,
  notice: RecordRefundNoticeOptions,
): Promise<RefundNoticeOutcome> {
  const result = await ctx.db.transaction(async (tx) => {
    const order = await lockOrder(tx, { outTradeNo: notice.outTradeNo });
    if (!order) return { outcome: 'unknown_order' as const };
    if (order.refundStatus === null || notice.outRefundNo !== refundNumberOf(order.outTradeNo)) {
      return { outcome: 'not_our_refund' as const, order };
    }
    if (notice.refundFen !== order.refundFen) return { outcome: 'amount_mismatch' as const, order };
    const current = order.refundStatus as RefundStatus;
    const event = refundEventOf(notice.status);
    if (!event || !refundMachine.can(current, event)) return { outcome: 'unchanged' as const, order };
    const row = await updateOrder(tx, order.id, {
      refundStatus: refundMachine.advance(current, event),
      refundSettledAt: notice.settledAt ?? new Date(),
    });
    return { outcome: 'recorded' as const, order: row };
  });
  const { outcome } = result;
  const context = { outTradeNo: notice.outTradeNo, outRefundNo: notice.outRefundNo, status: notice.status };
  switch (outcome) {
    case 'unknown_order':
      ctx.log.warn(context, 'refund notice for an unknown order');
      break;
    case 'not_our_refund':
      // A refund made by hand in 微信支付商户平台 is real but not ours to record: acknowledged, logged.
      ctx.log.error({ ...context, state: result.order.state }, 'refund notice for a refund we did not make');
      break;
    case 'amount_mismatch':
      ctx.log.error(
        { ...context, noticeFen: notice.refundFen, refundFen: result.order.refundFen },
        'refund notice refused: its amount is not the refund’s',
      );
      break;
    case 'unchanged':
      if (result.order.refundStatus !== refundStatusName(notice.status)) {
        ctx.log.warn(
          { ...context, recorded: result.order.refundStatus },
          'refund notice out of order: ignored',
        );
      }
      break;
    case 'recorded': {
      const { order } = result;
      if (order.refundStatus !== 'success') {
        ctx.log.error(context, 'refund not completed: handle it in 微信支付商户平台 (订单管理 shows it)');
      }
      await publishAfterCommit(
        ctx,
        live.company(order.companyId, { type: 'points.changed', data: { orderId: order.id } }),
      );
      break;
    }
  }
  return outcome;
}

function refundStatusName(status: ProviderRefundStatus): string {
  return status.toLowerCase();
}
