import type { AppContext } from '../../context';
import type { Transaction } from '../../db/client';
import { hashPassword } from '../../lib/password-hash';
import { updateAccountPassword } from './accounts.repository';
import { endSessions } from './end-sessions';
import { recordSecurityEvent } from './security-events';

export interface ReplacePasswordOptions {
  accountId: string;
  /** The session making the change stays; every other one ends (all of them for 找回密码, made logged out). */
  sessionId?: string;
  password: string;
  ip: string;
  /** Runs first inside the transaction, e.g. using up a ticket. */
  precondition?: (tx: Transaction) => Promise<void>;
}

/**
 * The last step of every password change: store the new hash and end every other session of the
 * account in one transaction.
 */
export async function replacePassword(ctx: AppContext, options: ReplacePasswordOptions) {
  const passwordHash = await hashPassword(options.password);
  const ended = await ctx.db.transaction(async (tx) => {
    await options.precondition?.(tx);
    await updateAccountPassword(tx, options.accountId, passwordHash);
    return endSessions(tx, { accountId: options.accountId, keep: options.sessionId });
  });
  await recordSecurityEvent(ctx, {
    kind: 'password_changed',
    accountId: options.accountId,
    ip: options.ip,
    detail: { sessionsEnded: ended },
  });
  return { sessionsEnded: ended };
}
