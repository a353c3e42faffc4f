import type { VerifySeekerIdentityInput } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { enforceRateLimit } from '../../lib/rate-limit';
import type { SeekerCaller } from '../../plugins/access';
import type { SeekerRow } from './accounts.repository';
import { checkSmsCode } from './check-sms-code';
import { findOwnSeeker } from './find-own-seeker';
import { recordSecurityEvent } from './security-events';
import { issueTicket } from './tickets.repository';

export type SeekerIdentityProof = z.output<typeof VerifySeekerIdentityInput>;

export type VerifySeekerIdentityOptions = SeekerIdentityProof & {
  seeker: SeekerCaller;
  ip: string;
};

/** Seed 000 §八.2: 选择一个途径进行身份认证, logged in (修改密码). */
export async function verifySeekerIdentity(ctx: AppContext, options: VerifySeekerIdentityOptions) {
  const { seeker: caller, ip, ...proof } = options;
  const seeker = await findOwnSeeker(ctx.db, caller);
  return proveSeekerIdentity(ctx, { seeker, proof, ip, cardAttemptsKey: `verify-card:${caller.accountId}` });
}

export interface ProveSeekerIdentityOptions {
  /** Undefined when nobody has the number asked about (找回密码): it fails exactly like a wrong answer. */
  seeker: SeekerRow | undefined;
  proof: SeekerIdentityProof;
  ip: string;
  /** Bank-card tries are limited like logins (5 an hour), since the card is a second secret. */
  cardAttemptsKey: string;
}

/**
 * The check shared by 修改密码 and 找回密码: an SMS code sent to the registered mobile, or the bank
 * card given at sign-up. A passed check gives a 10-minute ticket for §八.3.
 */
export async function proveSeekerIdentity(ctx: AppContext, options: ProveSeekerIdentityOptions) {
  const { seeker, proof, ip } = options;
  const accountId = seeker?.accountId;
  if (proof.route === 'sms') {
    if (!seeker) throw AppError.fieldError('code', '短信验证码错误或已过期，请重新获取', 'SMS_CODE_INVALID');
    await checkSmsCode(ctx, {
      purpose: 'seeker_password',
      mobile: ctx.cipher.decrypt(seeker.mobileEnc),
      code: proof.code,
    });
  } else {
    await enforceRateLimit(
      ctx.db,
      options.cardAttemptsKey,
      { limit: 5, windowSeconds: 3600 },
      '验证次数过多',
    );
    if (!seeker?.bankCardHash || seeker.bankCardHash !== ctx.cipher.lookupHash('bank_card', proof.bankCard)) {
      await recordSecurityEvent(ctx, {
        kind: 'identity_verification_failed',
        accountId,
        ip,
        detail: { route: 'bank_card' },
      });
      throw AppError.fieldError('bankCard', '银行卡号与注册时登记的不一致', 'IDENTITY_MISMATCH');
    }
  }
  await recordSecurityEvent(ctx, {
    kind: 'identity_verified',
    accountId,
    ip,
    detail: { route: proof.route },
  });
  const ticket = await issueTicket(ctx.db, {
    purpose: 'seeker_password_change',
    accountId: seeker.accountId,
    ttlMinutes: 10,
  });
  return { ticket };
}
