import type { AddUniversityStaffInput, UniversityStaffMember } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { hashPassword } from '../../lib/password-hash';
import { isUniqueViolation } from '../../lib/pg-errors';
import type { UniversityAdmin } from '../../plugins/access';
import { isLoginNameTaken } from '../identity/is-login-name-taken';
import { staffLoginColumns } from '../identity/staff-login';
import { mapUniversityStaff } from './map-university-staff';
import { insertStaff } from './university-staff.repository';

export type AddUniversityStaffOptions = z.output<typeof AddUniversityStaffInput> & {
  admin: UniversityAdmin;
  ip: string;
};

const loginNameTaken = () => AppError.fieldError('loginName', '该登录账号已被使用，请更换', 'CONFLICT');

/**
 * 新增账号: an active staff member of the admin's university who must replace the initial password
 * at first login (as 新增HR). The unique login hash is the last guard against two admins adding the
 * same login at once.
 */
export async function addUniversityStaff(
  ctx: AppContext,
  options: AddUniversityStaffOptions,
): Promise<UniversityStaffMember> {
  const { admin } = options;
  if (await isLoginNameTaken(ctx, options.loginName)) throw loginNameTaken();
  const row = await insertStaff(ctx.db, {
    ...staffLoginColumns(ctx.cipher, 'university_staff', options.loginName),
    universityId: admin.universityId,
    universityRole: 'member',
    displayName: options.name,
    passwordHash: await hashPassword(options.initialPassword),
    mustChangePassword: true,
  }).catch((error: unknown) => {
    if (isUniqueViolation(error)) throw loginNameTaken();
    throw error;
  });
  ctx.log.info({ accountId: row.id, by: admin.accountId, ip: options.ip }, 'university staff added');
  return mapUniversityStaff(row);
}
