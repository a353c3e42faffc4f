import type { AppContext } from '../../context';
import { findSeekerByIdHash } from './accounts.repository';
import { normaliseIdentifier } from './login';
import { sendSmsCode } from './send-sms-code';

export interface SendPasswordResetCodeOptions {
  idNumber: string;
  mobile: string;
  ip: string;
}

/**
 * 找回密码 (seed 000 §八.2 without a login, docs/decisions/015): the seeker names the account and
 * the registered mobile. The code goes out only when both belong together and the account can log
 * in; otherwise the answer and the counting are the same and nothing is sent, so the form tells
 * nobody whether an ID number is registered or which mobile it has.
 */
export async function sendPasswordResetCode(ctx: AppContext, options: SendPasswordResetCodeOptions) {
  const found = await findSeekerByIdHash(
    ctx.db,
    ctx.cipher.lookupHash('id', normaliseIdentifier('seeker', options.idNumber)),
  );
  const belongs =
    found !== undefined &&
    found.account.status === 'active' &&
    found.seeker.mobileHash === ctx.cipher.lookupHash('mobile', options.mobile);
  return sendSmsCode(ctx, {
    purpose: 'seeker_password',
    mobile: options.mobile,
    ip: options.ip,
    deliver: belongs,
  });
}
