import { maskIdNumber, type StartSeekerRegistrationInput } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { enforceRateLimit } from '../../lib/rate-limit';
import { findSeekerByIdHash } from './accounts.repository';
import { recordSecurityEvent } from './security-events';
import { issueTicket } from './tickets.repository';

export type RegistrationClaim = z.output<typeof StartSeekerRegistrationInput>;

export const REGISTRATION_TICKET_MINUTES = 30;

/**
 * Seed 000 §一.3, first half: the person's name, ID, mobile and bank card are verified through the
 * real-name provider; the verified claim waits (encrypted, 30 minutes) for the password step.
 */
export type StartSeekerRegistrationOptions = RegistrationClaim & { ip: string };

export async function startSeekerRegistration(ctx: AppContext, options: StartSeekerRegistrationOptions) {
  const { ip, ...claim } = options;
  await enforceRateLimit(ctx.db, `register-ip:${ip}`, { limit: 20, windowSeconds: 3600 }, '注册尝试过于频繁');
  const idHash = ctx.cipher.lookupHash('id', claim.idNumber);
  if (await findSeekerByIdHash(ctx.db, idHash)) {
    throw AppError.fieldError('idNumber', '该身份证号已注册，请直接登录', 'ID_ALREADY_REGISTERED');
  }
  const outcome = await ctx.providers.realName.verify(claim);
  if (!outcome.passed) {
    await recordSecurityEvent(ctx, {
      kind: 'identity_verification_failed',
      ip,
      detail: { route: claim.route, field: outcome.field },
    });
    const message = `实名认证未通过：${outcome.reason}`;
    throw outcome.field
      ? AppError.fieldError(outcome.field, message, 'REAL_NAME_FAILED')
      : new AppError('REAL_NAME_FAILED', message);
  }
  const ticket = await issueTicket(ctx.db, {
    purpose: 'seeker_registration',
    payloadEnc: ctx.cipher.encrypt(JSON.stringify({ ...claim, verifier: ctx.providers.realName.name })),
    ttlMinutes: REGISTRATION_TICKET_MINUTES,
  });
  return {
    ticket,
    idNumberMasked: maskIdNumber(claim.idNumber),
    verifier: { name: ctx.providers.realName.name, notice: ctx.providers.realName.notice },
    warnings: outcome.warnings,
  };
}
