import type { AppContext } from '../../context';
import type { AccountRow } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { verifyPassword } from '../../lib/password-hash';
import { enforceRateLimit } from '../../lib/rate-limit';
import type { CompanyMember } from '../../plugins/access';
import { accountMachine, accountStateOf, accountStatusOf } from '../identity/account-machine';
import { endSessions } from '../identity/end-sessions';
import { recordSecurityEvent } from '../identity/security-events';
import { countOtherActiveMembers, lockOwnAccount, updateOwnAccount } from './account-settings.repository';

export interface CloseAccountOptions {
  member: CompanyMember;
  /** The caller's account as the session loaded it (its password hash is checked). */
  account: AccountRow;
  password: string;
  ip: string;
}

/**
 * 账号设置 > 账号注销 (seed 002): after the password, the account is closed through the account
 * machine (login refused for good) and every session ends. Nothing is deleted: the records stay, as
 * the law requires them kept.
 */
export async function closeAccount(ctx: AppContext, options: CloseAccountOptions) {
  const { member, account } = options;
  await enforceRateLimit(
    ctx.db,
    `close-account:${member.accountId}`,
    { limit: 5, windowSeconds: 15 * 60 },
    '尝试次数过多',
  );
  if (!(await verifyPassword(options.password, account.passwordHash))) {
    throw AppError.fieldError('password', '登录密码不正确', 'PASSWORD_INCORRECT');
  }
  if (member.isAdmin && (await countOtherActiveMembers(ctx.db, member.companyId, member.accountId)) > 0) {
    throw new AppError('INVALID_STATE', '请先将管理员转交给其他成员后再注销');
  }
  const ended = await ctx.db.transaction(async (tx) => {
    const current = await lockOwnAccount(tx, member.accountId);
    const next = accountMachine.advance(accountStateOf(current ?? account), 'close');
    await updateOwnAccount(tx, member.accountId, { status: accountStatusOf(next), closedAt: new Date() });
    return endSessions(tx, { accountId: member.accountId });
  });
  await recordSecurityEvent(ctx, {
    kind: 'account_closed',
    accountId: member.accountId,
    ip: options.ip,
    detail: { sessionsEnded: ended, companyId: member.companyId },
  });
  return { sessionsEnded: ended };
}
