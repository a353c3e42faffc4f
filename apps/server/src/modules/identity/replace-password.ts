import type { AppContext } from '../../context';
import type { Transaction } from '../../db/client';
import { hashPassword } from '../../lib/password-hash';
import type { AuthContext } from '../../plugins/auth';
import { updateAccountPassword } from './accounts.repository';
import { recordSecurityEvent } from './security-events';
import { deleteAccountSessions } from './sessions.repository';

/**
 * The last step of every password change: store the new hash and end every other session of the
 * account in one transaction (`precondition` runs first inside it, e.g. using up a ticket).
 */
export async function replacePassword(
  ctx: AppContext,
  auth: AuthContext,
  options: { password: string; ip: string; precondition?: (tx: Transaction) => Promise<void> },
) {
  const passwordHash = await hashPassword(options.password);
  const ended = await ctx.db.transaction(async (tx) => {
    await options.precondition?.(tx);
    await updateAccountPassword(tx, auth.account.id, passwordHash);
    return deleteAccountSessions(tx, auth.account.id, auth.sessionId);
  });
  await recordSecurityEvent(ctx, {
    kind: 'password_changed',
    accountId: auth.account.id,
    ip: options.ip,
    detail: { sessionsEnded: ended },
  });
  return { sessionsEnded: ended };
}
