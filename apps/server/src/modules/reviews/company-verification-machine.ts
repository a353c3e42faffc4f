import { COMPANY_VERIFICATION_STATES } from '../../db/schema';
import { defineMachine } from '../../lib/state-machine';

/**
 * A company's 平台认证 (seed 002): a new company is pending until an operator decides its
 * `new_company` review. A verified company stays verified while a 认证信息 change is reviewed
 * (the change is its own review request; decision 009).
 */
export const companyVerificationMachine = defineMachine({
  name: 'company verification',
  states: COMPANY_VERIFICATION_STATES,
  transitions: {
    verify: { from: ['pending'], to: 'verified' },
    reject: { from: ['pending'], to: 'rejected' },
  },
  refusal: (state) => (state === 'verified' ? '该单位已通过认证' : '该单位的认证已被驳回'),
});
