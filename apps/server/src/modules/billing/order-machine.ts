import { ORDER_STATES, type OrderState } from '@openrecruit/shared';
import { defineMachine } from '../../lib/state-machine';

/**
 * A payment order (充值快点, issue 12 §2): created → paid (the provider's notice, or its answer when
 * the order is closed) | closed (取消支付, or expiry); paid → refunded (订单管理 退款). A closed order
 * the payer paid anyway (its notice came after the close) was never credited: 订单管理 gives the
 * money back with refundLatePayment.
 */
export const orderMachine = defineMachine({
  name: 'payment order',
  states: ORDER_STATES,
  transitions: {
    pay: { from: ['created'], to: 'paid' },
    close: { from: ['created'], to: 'closed' },
    refund: { from: ['paid'], to: 'refunded' },
    refundLatePayment: { from: ['closed'], to: 'refunded' },
  },
  refusal: (state: OrderState, event) => {
    if (event === 'refund' || event === 'refundLatePayment') return '只有已支付的订单可以退款';
    if (state === 'paid' || state === 'refunded') return '该订单已支付';
    if (state === 'closed') return '该订单已关闭，请重新下单';
    return undefined;
  },
});

export type OrderEvent = keyof typeof orderMachine.transitions;
