import { maskMobile } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { enforceRateLimits } from '../../lib/rate-limit';
import { newNumericCode, sha256Hex } from '../../lib/tokens';
import { insertSmsCode } from './sms-codes.repository';

/** docs/decisions/015-sms-caps-lockout-and-staff-mobiles.md has the reasons for the numbers. */
export const SMS_CODE = {
  ttlMinutes: 5,
  resendAfterSeconds: 60,
  perDay: 10,
  maxAttempts: 5,
  /** Per client address, across every number and purpose: one address once had 25 codes for 25 numbers. */
  perClientHour: 10,
  perClientDay: 30,
} as const;

const PURPOSE_TEXT = {
  seeker_password: '您正在修改开放招聘登录密码',
  employer_registration: '您正在注册开放招聘单位账号',
} as const;
export type SmsCodePurpose = keyof typeof PURPOSE_TEXT;

export interface SendSmsCodeOptions {
  purpose: SmsCodePurpose;
  mobile: string;
  /** The client's address: the caps per address hold across all numbers and purposes. */
  ip: string;
  /**
   * false: count the send against every limit but send nothing, for an answer that must not say
   * whether the number belongs to the account asked about (找回密码 with a wrong mobile).
   */
  deliver?: boolean;
}

/**
 * Every SMS code of the system goes out here, so these limits cover every sender: per number one a
 * minute and ten a day; per client address ten an hour and thirty a day. Valid 5 minutes.
 */
export async function sendSmsCode(ctx: AppContext, options: SendSmsCodeOptions) {
  const targetHash = ctx.cipher.lookupHash('mobile', options.mobile);
  await enforceRateLimits(ctx.db, [
    {
      key: `sms-minute:${targetHash}`,
      rule: { limit: 1, windowSeconds: SMS_CODE.resendAfterSeconds },
      message: '短信发送过于频繁',
    },
    {
      key: `sms-day:${targetHash}`,
      rule: { limit: SMS_CODE.perDay, windowSeconds: 24 * 3600 },
      message: '今日短信发送次数已达上限',
    },
    {
      key: `sms-ip-hour:${options.ip}`,
      rule: { limit: SMS_CODE.perClientHour, windowSeconds: 3600 },
      message: '获取验证码过于频繁',
    },
    {
      key: `sms-ip-day:${options.ip}`,
      rule: { limit: SMS_CODE.perClientDay, windowSeconds: 24 * 3600 },
      message: '获取验证码过于频繁',
    },
  ]);
  const answer = {
    mobileMasked: maskMobile(options.mobile),
    resendAfterSeconds: SMS_CODE.resendAfterSeconds,
  };
  if (options.deliver === false) return answer;
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
  return answer;
}
