import { JOIN_REQUEST_STATES } from '@openrecruit/shared';
import { defineMachine } from '../../lib/state-machine';

/** 申请加入公司 (seed 002 情况一): the company's admin agrees or refuses, once. */
export const joinRequestMachine = defineMachine({
  name: 'join request',
  states: JOIN_REQUEST_STATES,
  transitions: {
    approve: { from: ['pending'], to: 'approved' },
    reject: { from: ['pending'], to: 'rejected' },
  },
  refusal: () => '该申请已审核，不能重复审核',
});
