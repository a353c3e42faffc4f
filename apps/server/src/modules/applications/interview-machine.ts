import { defineMachine } from '../../lib/state-machine';

/**
 * One interview round of an application (seed 000 §六.3-4): the notice is 参加面试 or 不参加面试
 * answered by the seeker, and an accepted round is confirmed by HR with the details. A new notice
 * after a confirmed round starts a new round (a new row), so no event leaves `declined` or
 * `confirmed`.
 */
export const interviewMachine = defineMachine({
  name: 'interview',
  states: ['invited', 'accepted', 'declined', 'confirmed'],
  transitions: {
    accept: { from: ['invited'], to: 'accepted' },
    decline: { from: ['invited'], to: 'declined' },
    confirm: { from: ['accepted'], to: 'confirmed' },
  },
  // The confirmation's refusal keeps the generic sentence (the application machine explains first).
  refusal: (_state, event) => (event === 'confirm' ? undefined : '该面试通知已答复或已失效'),
});
