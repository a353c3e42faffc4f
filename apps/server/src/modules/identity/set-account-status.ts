import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import type { AuthContext } from '../../plugins/auth';
import { setAccountStatus } from './accounts.repository';
import { recordSecurityEvent } from './security-events';
import { deleteAccountSessions } from './sessions.repository';

/** An operator disables (or enables) an account; disabling ends every session at once. */
export async function setAccountEnabled(
  ctx: AppContext,
  operator: AuthContext,
  options: { accountId: string; enabled: boolean; ip: string },
) {
  if (options.accountId === operator.account.id) throw new AppError('FORBIDDEN', '不能停用自己的账号');
  const ended = await ctx.db.transaction(async (tx) => {
    const row = await setAccountStatus(tx, options.accountId, options.enabled ? 'active' : 'disabled');
    if (!row) throw new AppError('NOT_FOUND');
    return options.enabled ? 0 : deleteAccountSessions(tx, options.accountId);
  });
  await recordSecurityEvent(ctx, {
    kind: options.enabled ? 'account_enabled' : 'account_disabled',
    accountId: options.accountId,
    ip: options.ip,
    detail: { by: operator.account.id, sessionsEnded: ended },
  });
  return { sessionsEnded: ended };
}
