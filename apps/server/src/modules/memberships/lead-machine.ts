import type { MembershipLeadState } from '@openrecruit/shared';
import { defineMachine } from '../../lib/state-machine';

export type LeadState = MembershipLeadState;

/** 会员线索: new → contacted (the advisor called) → won (a membership granted) or closed. */
export const leadMachine = defineMachine({
  name: 'membership_lead',
  states: ['new', 'contacted', 'won', 'closed'] satisfies readonly MembershipLeadState[],
  transitions: {
    follow_up: { from: ['new', 'contacted'], to: 'contacted' },
    grant: { from: ['new', 'contacted'], to: 'won' },
    close: { from: ['new', 'contacted'], to: 'closed' },
  },
  refusal: (state) =>
    state === 'won' ? '该线索已开通会员，无需再处理' : state === 'closed' ? '该线索已关闭' : undefined,
});
