import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import type { SeekerCaller } from '../../plugins/access';
import { assertSeekerPasswordStrength } from './complete-seeker-registration';
import { findOwnSeeker } from './find-own-seeker';
import { loginIdentifierKey } from './login';
import { clearIdentifier } from './login-throttle.repository';
import { replacePassword } from './replace-password';
import { consumeTicket } from './tickets.repository';

export interface ChangeSeekerPasswordOptions {
  seeker: SeekerCaller;
  sessionId: string;
  ticket: string;
  password: string;
  ip: string;
}

/** Seed 000 §八.3: the new 6-digit password. Every other session of the account ends and a login lock lifts. */
export async function changeSeekerPassword(ctx: AppContext, options: ChangeSeekerPasswordOptions) {
  const { accountId } = options.seeker;
  const seeker = await findOwnSeeker(ctx.db, options.seeker);
  const idNumber = ctx.cipher.decrypt(seeker.idNumberEnc);
  assertSeekerPasswordStrength(options.password, idNumber);
  const result = await replacePassword(ctx, {
    accountId,
    sessionId: options.sessionId,
    password: options.password,
    ip: options.ip,
    precondition: async (tx) => {
      const ticket = await consumeTicket(tx, 'seeker_password_change', options.ticket);
      if (!ticket || ticket.accountId !== accountId) throw new AppError('VERIFICATION_EXPIRED');
    },
  });
  // The owner proved who they are; a lock left by someone guessing on another device goes too.
  await clearIdentifier(ctx.db, loginIdentifierKey(ctx, 'seeker', idNumber));
  return result;
}
