import type { AppContext } from '../../context';
import type { AccountRow } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { verifyPassword } from '../../lib/password-hash';
import { enforceRateLimit } from '../../lib/rate-limit';
import { replacePassword } from './replace-password';

export interface ChangeStaffPasswordOptions {
  account: AccountRow;
  sessionId: string;
  oldPassword: string;
  password: string;
  ip: string;
}

/** 修改密码 for console accounts: old and new. Also how an initial password set by an admin is replaced. */
export async function changeStaffPassword(ctx: AppContext, options: ChangeStaffPasswordOptions) {
  const { account } = options;
  await enforceRateLimit(
    ctx.db,
    `staff-password:${account.id}`,
    { limit: 5, windowSeconds: 15 * 60 },
    '尝试次数过多',
  );
  if (!(await verifyPassword(options.oldPassword, account.passwordHash))) {
    throw AppError.fieldError('oldPassword', '原密码不正确', 'PASSWORD_INCORRECT');
  }
  if (options.oldPassword === options.password)
    throw AppError.fieldError('password', '新密码不能与原密码相同');
  return replacePassword(ctx, {
    accountId: account.id,
    sessionId: options.sessionId,
    password: options.password,
    ip: options.ip,
  });
}
