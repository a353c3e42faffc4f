import { CLOUD_PRESENTATION_TARGET_STATES } from '@openrecruit/shared';
import { defineMachine } from '../../lib/state-machine';

/**
 * 云宣讲 at one university (cloud_presentation_targets): pending (审核中) → approved (已通过) |
 * rejected (未通过, with the reason). A rejected one may be re-submitted (重新提交: pending again,
 * with a new review request); 撤回 takes a pending or approved one off (已撤回).
 */
export const cloudPresentationTargetMachine = defineMachine({
  name: 'cloud-presentation-target',
  states: CLOUD_PRESENTATION_TARGET_STATES,
  transitions: {
    approve: { from: ['pending'], to: 'approved' },
    reject: { from: ['pending'], to: 'rejected' },
    resubmit: { from: ['rejected'], to: 'pending' },
    withdraw: { from: ['pending', 'approved'], to: 'withdrawn' },
  },
  refusal: (state, event) => {
    if (state === 'withdrawn')
      return event === 'approve' ? '该单位已撤回此云宣讲，请驳回此申请' : '该云宣讲已撤回';
    if (event === 'resubmit') return '只有未通过的高校可以重新提交';
    return '该云宣讲已审核';
  },
});
