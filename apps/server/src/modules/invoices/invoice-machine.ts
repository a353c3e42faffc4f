import { INVOICE_STATES, type InvoiceState } from '@openrecruit/shared';
import { defineMachine } from '../../lib/state-machine';

/**
 * An invoice (开具发票, issue 12 §4): requested → issued (发票管理 开票: the number and the PDF) → sent
 * (mailed; a failed mailing stays issued until 重新发送); requested → rejected (驳回, the orders are
 * free again); issued / sent → reversal_pending when an order it covers is refunded → reversed when
 * the operator records the 红字发票 (the other orders are free again).
 */
export const invoiceMachine = defineMachine({
  name: 'invoice',
  states: INVOICE_STATES,
  transitions: {
    issue: { from: ['requested'], to: 'issued' },
    reject: { from: ['requested'], to: 'rejected' },
    send: { from: ['issued', 'sent'], to: 'sent' },
    refundOrder: { from: ['issued', 'sent'], to: 'reversal_pending' },
    reverse: { from: ['reversal_pending'], to: 'reversed' },
  },
  refusal: (state: InvoiceState, event) => {
    if (event === 'send') return '只有已开票的发票可以发送';
    if (event === 'reverse') return '只有待红冲的发票可以登记红字发票';
    if (state === 'rejected') return '该开票申请已驳回';
    if (state === 'reversed') return '该发票已红冲';
    return '该发票已开具';
  },
});

export type InvoiceEvent = keyof typeof invoiceMachine.transitions;
