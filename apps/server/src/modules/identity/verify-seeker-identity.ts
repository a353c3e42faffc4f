import type { VerifySeekerIdentityInput } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { enforceRateLimit } from '../../lib/rate-limit';
import type { SeekerCaller } from '../../plugins/access';
import { checkSmsCode } from './check-sms-code';
import { findOwnSeeker } from './find-own-seeker';
import { recordSecurityEvent } from './security-events';
import { issueTicket } from './tickets.repository';

export type VerifySeekerIdentityOptions = z.output<typeof VerifySeekerIdentityInput> & {
  seeker: SeekerCaller;
  ip: string;
};

/**
 * Seed 000 §八.2: 选择一个途径进行身份认证. A passed check gives a 10-minute ticket for §八.3.
 * Bank-card tries are limited like logins (5 an hour), since the card is a second secret.
 */
export async function verifySeekerIdentity(ctx: AppContext, options: VerifySeekerIdentityOptions) {
  const { accountId } = options.seeker;
  const seeker = await findOwnSeeker(ctx.db, options.seeker);
  if (options.route === 'sms') {
    await checkSmsCode(ctx, {
      purpose: 'seeker_password',
      mobile: ctx.cipher.decrypt(seeker.mobileEnc),
      code: options.code,
    });
  } else {
    await enforceRateLimit(
      ctx.db,
      `verify-card:${accountId}`,
      { limit: 5, windowSeconds: 3600 },
      '验证次数过多',
    );
    if (
      !seeker.bankCardHash ||
      seeker.bankCardHash !== ctx.cipher.lookupHash('bank_card', options.bankCard)
    ) {
      await recordSecurityEvent(ctx, {
        kind: 'identity_verification_failed',
        accountId,
        ip: options.ip,
        detail: { route: 'bank_card' },
      });
      throw AppError.fieldError('bankCard', '银行卡号与注册时登记的不一致', 'IDENTITY_MISMATCH');
    }
  }
  await recordSecurityEvent(ctx, {
    kind: 'identity_verified',
    accountId,
    ip: options.ip,
    detail: { route: options.route },
  });
  const ticket = await issueTicket(ctx.db, { purpose: 'seeker_password_change', accountId, ttlMinutes: 10 });
  return { ticket };
}
