import { JOB_FAIR_REGISTRATION_STATES, JOB_FAIR_STATES } from '../../db/schema';
import { defineMachine } from '../../lib/state-machine';

/** 双选会: published → cancelled (取消双选会); a cancelled fair stays as it was, shown 已取消. */
export const jobFairMachine = defineMachine({
  name: 'job fair',
  states: JOB_FAIR_STATES,
  transitions: {
    cancel: { from: ['published'], to: 'cancelled' },
  },
  refusal: () => '该双选会已取消',
});

/**
 * A company's 报名: pending → approved | rejected (the university's review), pending | approved →
 * withdrawn (撤销报名 before the registration closes).
 */
export const jobFairRegistrationMachine = defineMachine({
  name: 'job fair registration',
  states: JOB_FAIR_REGISTRATION_STATES,
  transitions: {
    approve: { from: ['pending'], to: 'approved' },
    reject: { from: ['pending'], to: 'rejected' },
    withdraw: { from: ['pending', 'approved'], to: 'withdrawn' },
  },
  refusalCode: (state) => (state === 'withdrawn' ? 'JOB_FAIR_REGISTRATION_WITHDRAWN' : 'INVALID_STATE'),
  refusal: (state, event) => {
    if (state === 'withdrawn')
      return event === 'withdraw' ? '该报名已撤销' : '该单位已撤销报名，请驳回此申请';
    if (event === 'withdraw') return '该报名已审核未通过，无需撤销';
    return '该报名已审核，不能重复审核';
  },
});
