import { type CheckinCode, checkinQrPayload } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { requireFound, type SeekerCaller } from '../../plugins/access';
import { findOwnSignup } from './campus-students.repository';
import { checkinCodeOf, formatCheckinCode } from './checkin-code';
import { mapMySignup } from './map-campus';

export interface GetCheckinCodeOptions {
  seeker: SeekerCaller;
  signupId: string;
}

/** 签到码: the student's code (derived again from the sign-up, never stored) and the QR's text. */
export async function getCheckinCode(ctx: AppContext, options: GetCheckinCodeOptions): Promise<CheckinCode> {
  const row = requireFound(
    await findOwnSignup(ctx.db, options.signupId, options.seeker.accountId),
    '报名记录不存在',
  );
  const signup = mapMySignup(row, new Date());
  const code = checkinCodeOf(ctx.cipher, row.id);
  return {
    signupId: row.id,
    code: formatCheckinCode(code),
    qrPayload: checkinQrPayload(code),
    state: signup.state,
    checkedInAt: signup.checkedInAt,
    presentation: signup.presentation,
  };
}
