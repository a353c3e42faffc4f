import { REFUND_STATUSES, type RefundStatus } from '@openrecruit/shared';
import { defineMachine } from '../../lib/state-machine';
import type { RefundStatus as ProviderRefundStatus } from '../../providers/payment/payment-provider';

/**
 * A refund at the provider (payment_orders.refund_status, issue 12 §2): processing when the provider
 * accepted it (WeChat Pay answers PROCESSING), then its REFUND.* notice: success, abnormal (退款异常:
 * the payer's card was cancelled or frozen; a person re-issues it in 微信支付商户平台, after which a
 * REFUND.SUCCESS may still come) or closed. success and closed are final.
 */
export const refundMachine = defineMachine({
  name: 'payment order refund',
  states: REFUND_STATUSES,
  transitions: {
    succeed: { from: ['processing', 'abnormal'], to: 'success' },
    fail: { from: ['processing'], to: 'abnormal' },
    close: { from: ['processing', 'abnormal'], to: 'closed' },
  },
});

export type RefundEvent = keyof typeof refundMachine.transitions;

/** The status to record from the provider's answer to the refund request. */
export function refundStatusOf(status: ProviderRefundStatus): RefundStatus {
  switch (status) {
    case 'PROCESSING':
      return 'processing';
    case 'SUCCESS':
      return 'success';
    case 'ABNORMAL':
      return 'abnormal';
    case 'CLOSED':
      return 'closed';
  }
}

/** The event a refund notice's status means; PROCESSING means none. */
export function refundEventOf(status: ProviderRefundStatus): RefundEvent | undefined {
  switch (status) {
    case 'PROCESSING':
      return undefined;
    case 'SUCCESS':
      return 'succeed';
    case 'ABNORMAL':
      return 'fail';
    case 'CLOSED':
      return 'close';
  }
}
