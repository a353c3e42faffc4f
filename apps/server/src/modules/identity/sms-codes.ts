import { maskMobile } from '@openrecruit/shared';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { smsCodes } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { enforceRateLimit } from '../../lib/rate-limit';
import { newNumericCode, sha256Hex } from '../../lib/tokens';

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

/** Sends a 6-digit code; at most one a minute and ten a day per number, valid 5 minutes. */
export async function sendSmsCode(ctx: AppContext, options: { purpose: SmsCodePurpose; mobile: string }) {
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
  await ctx.db.insert(smsCodes).values({
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

/**
 * Checks a code against the newest live one for the number; each wrong try counts, five spoil it.
 * A right code is used up, so it cannot be replayed.
 */
export async function checkSmsCode(
  ctx: AppContext,
  options: { purpose: SmsCodePurpose; mobile: string; code: string },
) {
  const targetHash = ctx.cipher.lookupHash('mobile', options.mobile);
  const [latest] = await ctx.db
    .select()
    .from(smsCodes)
    .where(
      and(
        eq(smsCodes.purpose, options.purpose),
        eq(smsCodes.targetHash, targetHash),
        isNull(smsCodes.consumedAt),
        gt(smsCodes.expiresAt, new Date()),
      ),
    )
    .orderBy(desc(smsCodes.createdAt))
    .limit(1);
  if (!latest || latest.attempts >= SMS_CODE.maxAttempts)
    throw AppError.fieldError('code', '短信验证码错误或已过期，请重新获取', 'SMS_CODE_INVALID');
  if (latest.codeHash !== sha256Hex(`${targetHash}:${options.code}`)) {
    await ctx.db
      .update(smsCodes)
      .set({ attempts: sql`${smsCodes.attempts} + 1` })
      .where(eq(smsCodes.id, latest.id));
    throw AppError.fieldError('code', '短信验证码错误，请重新输入', 'SMS_CODE_INVALID');
  }
  const [used] = await ctx.db
    .update(smsCodes)
    .set({ consumedAt: new Date() })
    .where(and(eq(smsCodes.id, latest.id), isNull(smsCodes.consumedAt)))
    .returning({ id: smsCodes.id });
  if (!used) throw AppError.fieldError('code', '短信验证码已使用，请重新获取', 'SMS_CODE_INVALID');
}
