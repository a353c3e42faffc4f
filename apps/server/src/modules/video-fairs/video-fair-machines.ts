import { VIDEO_FAIR_REGISTRATION_STATES, VIDEO_FAIR_STATES } from '../../db/schema';
import { defineMachine } from '../../lib/state-machine';

/** 视频双选会: published → cancelled (取消); a cancelled fair stays, shown 已取消. */
export const videoFairMachine = defineMachine({
  name: 'video fair',
  states: VIDEO_FAIR_STATES,
  transitions: {
    cancel: { from: ['published'], to: 'cancelled' },
  },
  refusalCode: () => 'VIDEO_FAIR_CANCELLED',
  refusal: () => '该视频双选会已取消',
});

/**
 * A company's 报名: awaiting_payment → pending (the WeChat order paid) | cancelled (the order closed,
 * or 取消报名); pending → approved | rejected (the university's review) | cancelled (取消报名 before
 * the review); pending | approved → cancelled when the university cancels the fair. Every way out
 * of a paid registration refunds the fee (refund-video-fair-fee.ts).
 */
export const videoFairRegistrationMachine = defineMachine({
  name: 'video fair registration',
  states: VIDEO_FAIR_REGISTRATION_STATES,
  transitions: {
    pay: { from: ['awaiting_payment'], to: 'pending' },
    approve: { from: ['pending'], to: 'approved' },
    reject: { from: ['pending'], to: 'rejected' },
    cancel: { from: ['awaiting_payment', 'pending'], to: 'cancelled' },
    cancelFair: { from: ['awaiting_payment', 'pending', 'approved'], to: 'cancelled' },
  },
  refusal: (state, event) => {
    if (state === 'cancelled') return '该报名已取消';
    if (event === 'cancel') return '该报名已审核，不能取消';
    if (event === 'pay') return '该报名无需支付';
    return '该报名已审核，不能重复审核';
  },
});
