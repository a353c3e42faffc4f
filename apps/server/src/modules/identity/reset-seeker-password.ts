import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { findSeeker, findSeekerByIdHash } from './accounts.repository';
import { assertSeekerPasswordStrength } from './complete-seeker-registration';
import { loginIdentifierKey, normaliseIdentifier } from './login';
import { clearIdentifier } from './login-throttle.repository';
import { replacePassword } from './replace-password';
import { consumeTicket, peekTicket } from './tickets.repository';
import { proveSeekerIdentity, type SeekerIdentityProof } from './verify-seeker-identity';

export interface VerifyPasswordResetOptions {
  idNumber: string;
  proof: SeekerIdentityProof;
  ip: string;
}

/** 找回密码, step 1: the same routes as 修改密码, for the account the seeker names. */
export async function verifyPasswordReset(ctx: AppContext, options: VerifyPasswordResetOptions) {
  const identifier = normaliseIdentifier('seeker', options.idNumber);
  const found = await findSeekerByIdHash(ctx.db, ctx.cipher.lookupHash('id', identifier));
  return proveSeekerIdentity(ctx, {
    seeker: found?.account.status === 'active' ? found.seeker : undefined,
    proof: options.proof,
    ip: options.ip,
    // Keyed by what was typed, so an unknown number is limited exactly like a known one.
    cardAttemptsKey: `reset-card:${ctx.cipher.lookupHash('login', identifier)}`,
  });
}

export interface ResetSeekerPasswordOptions {
  ticket: string;
  password: string;
  ip: string;
}

/**
 * 找回密码, step 2: the new 6-digit password. Every session of the account ends, and the login
 * lock on the ID number is lifted: the owner has just proved who they are by the registered mobile
 * or bank card, which a guesser cannot (docs/decisions/015).
 */
export async function resetSeekerPassword(ctx: AppContext, options: ResetSeekerPasswordOptions) {
  const peeked = await peekTicket(ctx.db, 'seeker_password_change', options.ticket);
  const seeker = peeked?.accountId ? await findSeeker(ctx.db, peeked.accountId) : undefined;
  if (!seeker) throw new AppError('VERIFICATION_EXPIRED');
  const idNumber = ctx.cipher.decrypt(seeker.idNumberEnc);
  assertSeekerPasswordStrength(options.password, idNumber);
  const result = await replacePassword(ctx, {
    accountId: seeker.accountId,
    password: options.password,
    ip: options.ip,
    precondition: async (tx) => {
      const ticket = await consumeTicket(tx, 'seeker_password_change', options.ticket);
      if (!ticket || ticket.accountId !== seeker.accountId) throw new AppError('VERIFICATION_EXPIRED');
    },
  });
  await clearIdentifier(ctx.db, loginIdentifierKey(ctx, 'seeker', idNumber));
  return result;
}
