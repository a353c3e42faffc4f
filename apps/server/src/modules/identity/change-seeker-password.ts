import type { VerifySeekerIdentityInput } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { enforceRateLimit } from '../../lib/rate-limit';
import type { AuthContext } from '../../plugins/auth';
import { findSeeker } from './accounts.repository';
import { assertSeekerPasswordStrength } from './complete-seeker-registration';
import { replacePassword } from './replace-password';
import { recordSecurityEvent } from './security-events';
import { checkSmsCode, sendSmsCode } from './sms-codes';
import { consumeTicket, issueTicket } from './tickets.repository';

async function requireSeeker(ctx: AppContext, accountId: string) {
  const seeker = await findSeeker(ctx.db, accountId);
  if (!seeker) throw new AppError('NOT_FOUND');
  return seeker;
}

/** Seed 000 §八.2, route 短信验证码: a code to the mobile registered at sign-up. */
export async function sendPasswordChangeCode(ctx: AppContext, auth: AuthContext) {
  const seeker = await requireSeeker(ctx, auth.account.id);
  return sendSmsCode(ctx, { purpose: 'seeker_password', mobile: ctx.cipher.decrypt(seeker.mobileEnc) });
}

/**
 * Seed 000 §八.2: 选择一个途径进行身份认证. A passed check gives a 10-minute ticket for §八.3.
 * Bank-card tries are limited like logins (5 an hour), since the card is a second secret.
 */
export async function verifySeekerIdentity(
  ctx: AppContext,
  auth: AuthContext,
  input: z.output<typeof VerifySeekerIdentityInput>,
  ip: string,
) {
  const seeker = await requireSeeker(ctx, auth.account.id);
  if (input.route === 'sms') {
    await checkSmsCode(ctx, {
      purpose: 'seeker_password',
      mobile: ctx.cipher.decrypt(seeker.mobileEnc),
      code: input.code,
    });
  } else {
    await enforceRateLimit(
      ctx.db,
      `verify-card:${auth.account.id}`,
      { limit: 5, windowSeconds: 3600 },
      '验证次数过多',
    );
    if (!seeker.bankCardHash || seeker.bankCardHash !== ctx.cipher.lookupHash('bank_card', input.bankCard)) {
      await recordSecurityEvent(ctx, {
        kind: 'identity_verification_failed',
        accountId: auth.account.id,
        ip,
        detail: { route: 'bank_card' },
      });
      throw AppError.fieldError('bankCard', '银行卡号与注册时登记的不一致', 'IDENTITY_MISMATCH');
    }
  }
  await recordSecurityEvent(ctx, {
    kind: 'identity_verified',
    accountId: auth.account.id,
    ip,
    detail: { route: input.route },
  });
  const ticket = await issueTicket(ctx.db, {
    purpose: 'seeker_password_change',
    accountId: auth.account.id,
    ttlMinutes: 10,
  });
  return { ticket };
}

/** Seed 000 §八.3: the new 6-digit password. Every other session of the account ends. */
export async function changeSeekerPassword(
  ctx: AppContext,
  auth: AuthContext,
  options: { ticket: string; password: string; ip: string },
) {
  const seeker = await requireSeeker(ctx, auth.account.id);
  assertSeekerPasswordStrength(options.password, ctx.cipher.decrypt(seeker.idNumberEnc));
  return replacePassword(ctx, auth, {
    password: options.password,
    ip: options.ip,
    precondition: async (tx) => {
      const ticket = await consumeTicket(tx, 'seeker_password_change', options.ticket);
      if (!ticket || ticket.accountId !== auth.account.id) throw new AppError('VERIFICATION_EXPIRED');
    },
  });
}
