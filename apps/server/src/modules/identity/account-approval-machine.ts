import { defineMachine } from '../../lib/state-machine';

/**
 * An employer's sign-up (decision 009): pending until the platform (new company, admin application)
 * or the company's admin (join request) decides. A pending or rejected account cannot log in.
 * Approving an admin application of a member already approved leaves them approved.
 */
export const accountApprovalMachine = defineMachine({
  name: 'employer account approval',
  states: ['pending', 'approved', 'rejected'],
  transitions: {
    approve: { from: ['pending', 'approved'], to: 'approved' },
    reject: { from: ['pending'], to: 'rejected' },
  },
  refusal: (state) => (state === 'rejected' ? '该账号的申请已被驳回' : '该账号已通过审核'),
});

export type AccountApprovalState = (typeof accountApprovalMachine.states)[number];

/** What an `UPDATE … WHERE approval_state IN (from)` needs for one event. */
export function approvalStep(event: keyof typeof accountApprovalMachine.transitions) {
  return { from: accountApprovalMachine.sources(event), to: accountApprovalMachine.transitions[event].to };
}
