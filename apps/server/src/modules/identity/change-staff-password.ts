import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { verifyPassword } from '../../lib/password-hash';
import { enforceRateLimit } from '../../lib/rate-limit';
import type { AuthContext } from '../../plugins/auth';
import { replacePassword } from './replace-password';

/** 修改密码 for console accounts: old and new. Also how an initial password set by an admin is replaced. */
export async function changeStaffPassword(
  ctx: AppContext,
  auth: AuthContext,
  options: { oldPassword: string; password: string; ip: string },
) {
  await enforceRateLimit(
    ctx.db,
    `staff-password:${auth.account.id}`,
    { limit: 5, windowSeconds: 15 * 60 },
    '尝试次数过多',
  );
  if (!(await verifyPassword(options.oldPassword, auth.account.passwordHash))) {
    throw AppError.fieldError('oldPassword', '原密码不正确', 'PASSWORD_INCORRECT');
  }
  if (options.oldPassword === options.password)
    throw AppError.fieldError('password', '新密码不能与原密码相同');
  return replacePassword(ctx, auth, { password: options.password, ip: options.ip });
}
