import { maskMobile } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { enforceRateLimit } from '../../lib/rate-limit';
import { newNumericCode, sha256Hex } from '../../lib/tokens';
import { insertSmsCode } from './sms-codes.repository';

export const SMS_CODE = {
  ttlMinutes: 5,
  resendAfterSeconds: 60,
  perDay: 10,
  maxAttempts: 5,
} as const;

const PURPOSE_TEXT = {
  seeker_password: '您正在修改开放招聘登录密码',
  employer_registration: '您正在注册开放招聘单位账号',
} as const;
export type SmsCodePurpose = keyof typeof PURPOSE_TEXT;

export interface SendSmsCodeOptions {
  purpose: SmsCodePurpose;
  mobile: string;
}

/** Sends a 6-digit code; at most one a minute and ten a day per number, valid 5 minutes. */
export async function sendSmsCode(ctx: AppContext, options: SendSmsCodeOptions) {
  const targetHash = ctx.cipher.lookupHash('mobile', options.mobile);
  await enforceRateLimit(
    ctx.db,
    `sms-minute:${targetHash}`,
    { limit: 1, windowSeconds: SMS_CODE.resendAfterSeconds },
    '短信发送过于频繁',
  );
  await enforceRateLimit(
    ctx.db,
    `sms-day:${targetHash}`,
    { limit: SMS_CODE.perDay, windowSeconds: 24 * 3600 },
    '今日短信发送次数已达上限',
  );
  const code = newNumericCode(6);
  await insertSmsCode(ctx.db, {
    purpose: options.purpose,
    targetHash,
    codeHash: sha256Hex(`${targetHash}:${code}`),
    expiresAt: new Date(Date.now() + SMS_CODE.ttlMinutes * 60_000),
  });
  await ctx.providers.sms.send({
    mobile: options.mobile,
    text: `【开放招聘】验证码${code}，${PURPOSE_TEXT[options.purpose]}，${SMS_CODE.ttlMinutes}分钟内有效。如非本人操作，请忽略本短信。`,
    templateParams: { code },
  });
  return { mobileMasked: maskMobile(options.mobile), resendAfterSeconds: SMS_CODE.resendAfterSeconds };
}
