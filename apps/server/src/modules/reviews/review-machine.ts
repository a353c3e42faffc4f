import { REVIEW_STATES } from '@openrecruit/shared';
import { defineMachine } from '../../lib/state-machine';

/**
 * A review request is decided once (seed 002 平台认证; the campus reviews of PRODUCT.md likewise):
 * pending → approved | rejected. No kind withdraws a request yet, so there is no `withdrawn`.
 */
export const reviewMachine = defineMachine({
  name: 'review request',
  states: REVIEW_STATES,
  transitions: {
    approve: { from: ['pending'], to: 'approved' },
    reject: { from: ['pending'], to: 'rejected' },
  },
  refusal: () => '该申请已审核，不能重复审核',
});

export type ReviewEvent = keyof typeof reviewMachine.transitions;
