import { maskIdNumber, type StartSeekerRegistrationInput } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { enforceRateLimit, enforceRateLimits, refundRateLimit } from '../../lib/rate-limit';
import { findSeekerByIdHash } from './accounts.repository';
import { IP_LOGIN_LIMIT, THROTTLE } from './login-throttle';
import { recordSecurityEvent } from './security-events';
import { issueTicket } from './tickets.repository';

export type RegistrationClaim = z.output<typeof StartSeekerRegistrationInput>;

export const REGISTRATION_TICKET_MINUTES = 30;

/**
 * Seed 000 §一.3, first half: the person's name, ID, mobile and bank card are verified through the
 * real-name provider; the verified claim waits (encrypted, 30 minutes) for the password step.
 */
export type StartSeekerRegistrationOptions = RegistrationClaim & { ip: string };

/**
 * `该身份证号已注册` tells whoever asks that an ID number has an account (the seed's product wants
 * the message). So the question is throttled like a login (docs/decisions/015): each ID number at
 * most 5 times in 15 minutes, and every "already registered" answer counts as a failed login of the
 * address, against the same 30 per 15 minutes, so sign-up is no cheaper a way to probe than login.
 */
const ID_PROBES = { limit: THROTTLE.failuresBeforeLock, windowSeconds: THROTTLE.firstLockMinutes * 60 };

export async function startSeekerRegistration(ctx: AppContext, options: StartSeekerRegistrationOptions) {
  const { ip, ...claim } = options;
  await enforceRateLimit(ctx.db, `register-ip:${ip}`, { limit: 20, windowSeconds: 3600 }, '注册尝试过于频繁');
  const ipKey = `login-ip:${ip}`;
  const idKey = `register-id:${ctx.cipher.lookupHash('login', claim.idNumber)}`;
  await enforceRateLimits(ctx.db, [
    { key: ipKey, rule: IP_LOGIN_LIMIT, message: '注册尝试过于频繁' },
    {
      key: idKey,
      rule: ID_PROBES,
      message: '注册尝试过于频繁',
    },
  ]);
  const idHash = ctx.cipher.lookupHash('id', claim.idNumber);
  if (await findSeekerByIdHash(ctx.db, idHash)) {
    await recordSecurityEvent(ctx, { kind: 'registration_id_taken', ip, detail: {} });
    throw AppError.fieldError('idNumber', '该身份证号已注册，请直接登录', 'ID_ALREADY_REGISTERED');
  }
  // The answer told nothing about an existing account: it does not use up the address's login budget.
  await refundRateLimit(ctx.db, ipKey);
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
  await refundRateLimit(ctx.db, idKey);
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
