import { defineMachine } from '../../lib/state-machine';

/**
 * A student's 报名 for a presentation. Stored as columns (`cancelled_at`, `checked_in_at`); 已结束
 * is how a sign-up without a check-in reads once the presentation has ended, not a state.
 */
export const signupMachine = defineMachine({
  name: 'presentation_signup',
  states: ['signed_up', 'checked_in', 'cancelled'],
  transitions: {
    /** 报名 again after 取消报名 (the same row, the same check-in code). */
    sign_up: { from: ['cancelled'], to: 'signed_up' },
    cancel: { from: ['signed_up'], to: 'cancelled' },
    check_in: { from: ['signed_up'], to: 'checked_in' },
  },
  refusalCode: (state, event) =>
    event === 'sign_up'
      ? 'PRESENTATION_ALREADY_SIGNED_UP'
      : event === 'check_in' && state === 'cancelled'
        ? 'CHECKIN_CANCELLED'
        : 'INVALID_STATE',
  refusal: (state, event) =>
    event === 'cancel' && state === 'checked_in'
      ? '已签到的报名不能取消'
      : event === 'cancel' && state === 'cancelled'
        ? '该报名已取消'
        : undefined,
});
export type SignupState = (typeof signupMachine.states)[number];

export function storedSignupState(row: { cancelledAt: Date | null; checkedInAt: Date | null }): SignupState {
  if (row.checkedInAt) return 'checked_in';
  if (row.cancelledAt) return 'cancelled';
  return 'signed_up';
}
