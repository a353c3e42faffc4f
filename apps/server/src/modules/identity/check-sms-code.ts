import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { sha256Hex } from '../../lib/tokens';
import { SMS_CODE, type SmsCodePurpose } from './send-sms-code';
import { consumeSmsCode, countWrongSmsCodeAttempt, findLatestLiveSmsCode } from './sms-codes.repository';

export interface CheckSmsCodeOptions {
  purpose: SmsCodePurpose;
  mobile: string;
  code: string;
}

/**
 * Checks a code against the newest live one for the number; each wrong try counts, five spoil it.
 * A right code is used up, so it cannot be replayed.
 */
export async function checkSmsCode(ctx: AppContext, options: CheckSmsCodeOptions) {
  const targetHash = ctx.cipher.lookupHash('mobile', options.mobile);
  const latest = await findLatestLiveSmsCode(ctx.db, options.purpose, targetHash);
  if (!latest || latest.attempts >= SMS_CODE.maxAttempts)
    throw AppError.fieldError('code', '短信验证码错误或已过期，请重新获取', 'SMS_CODE_INVALID');
  if (latest.codeHash !== sha256Hex(`${targetHash}:${options.code}`)) {
    await countWrongSmsCodeAttempt(ctx.db, latest.id);
    throw AppError.fieldError('code', '短信验证码错误，请重新输入', 'SMS_CODE_INVALID');
  }
  if (!(await consumeSmsCode(ctx.db, latest.id)))
    throw AppError.fieldError('code', '短信验证码已使用，请重新获取', 'SMS_CODE_INVALID');
}
