import { and, count, eq, ne } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { accounts } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { verifyPassword } from '../../lib/password-hash';
import { enforceRateLimit } from '../../lib/rate-limit';
import type { AuthContext } from '../../plugins/auth';
import { recordSecurityEvent } from '../identity/security-events';
import { deleteAccountSessions } from '../identity/sessions.repository';

/**
 * 账号设置 > 账号注销 (seed 002): after the password, the account is disabled (login refused) and
 * every session ends. Nothing is deleted: the records stay, as the law requires them kept.
 */
export async function closeEmployerAccount(
  ctx: AppContext,
  auth: AuthContext,
  options: { password: string; ip: string },
) {
  const account = auth.account;
  await enforceRateLimit(
    ctx.db,
    `close-account:${account.id}`,
    { limit: 5, windowSeconds: 15 * 60 },
    '尝试次数过多',
  );
  if (!(await verifyPassword(options.password, account.passwordHash))) {
    throw AppError.fieldError('password', '登录密码不正确', 'PASSWORD_INCORRECT');
  }
  if (account.companyRole === 'admin' && account.companyId) {
    const [others] = await ctx.db
      .select({ n: count() })
      .from(accounts)
      .where(
        and(
          eq(accounts.companyId, account.companyId),
          ne(accounts.id, account.id),
          eq(accounts.status, 'active'),
          eq(accounts.approvalState, 'approved'),
        ),
      );
    if ((others?.n ?? 0) > 0) throw new AppError('INVALID_STATE', '请先将管理员转交给其他成员后再注销');
  }
  const ended = await ctx.db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ status: 'disabled', updatedAt: new Date() })
      .where(eq(accounts.id, account.id));
    return deleteAccountSessions(tx, account.id);
  });
  await recordSecurityEvent(ctx, {
    kind: 'account_closed',
    accountId: account.id,
    ip: options.ip,
    detail: { sessionsEnded: ended, companyId: account.companyId },
  });
  return { sessionsEnded: ended };
}
