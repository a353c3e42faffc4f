import { CAMPUS_SIGNUP_STATE_LABELS, type CampusSignupState } from '@openrecruit/shared';
import { formatChineseDateTime, formatTime } from '../../lib/format';

export const SIGNUP_TAG_COLORS: Record<CampusSignupState, string> = {
  signed_up: 'primary',
  checked_in: 'success',
  cancelled: 'default',
  ended: 'default',
};

export const signupLabel = (state: CampusSignupState) => CAMPUS_SIGNUP_STATE_LABELS[state];

/** 2026年12月9日 14:00–16:00 */
export function presentationTime(startsAt: string, endsAt: string): string {
  return `${formatChineseDateTime(startsAt)}–${formatTime(endsAt)}`;
}
