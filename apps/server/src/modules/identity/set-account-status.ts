import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { notFound, type Operator } from '../../plugins/access';
import { accountMachine, accountStateOf, accountStatusOf } from './account-machine';
import { lockAccount, updateAccountStatus } from './accounts.repository';
import { endSessions } from './end-sessions';
import { recordSecurityEvent } from './security-events';

export interface SetAccountStatusOptions {
  operator: Operator;
  accountId: string;
  enabled: boolean;
  ip: string;
}

/** An operator disables (or enables) an account; disabling ends every session at once. */
export async function setAccountStatus(ctx: AppContext, options: SetAccountStatusOptions) {
  if (options.accountId === options.operator.accountId) throw new AppError('FORBIDDEN', '不能停用自己的账号');
  const event = options.enabled ? 'enable' : 'disable';
  const ended = await ctx.db.transaction(async (tx) => {
    const account = await lockAccount(tx, options.accountId);
    if (!account) throw notFound();
    const next = accountMachine.advance(accountStateOf(account), event);
    await updateAccountStatus(tx, account.id, { status: accountStatusOf(next) });
    return next === 'active' ? 0 : endSessions(tx, { accountId: account.id });
  });
  await recordSecurityEvent(ctx, {
    kind: options.enabled ? 'account_enabled' : 'account_disabled',
    accountId: options.accountId,
    ip: options.ip,
    detail: { by: options.operator.accountId, sessionsEnded: ended },
  });
  return { sessionsEnded: ended };
}
