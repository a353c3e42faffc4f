import type { UniversityStaffMember } from '@openrecruit/shared';
import type { AccountRow } from '../../db/schema';

/** A staff account as 账号管理 lists it. */
export function mapUniversityStaff(row: AccountRow): UniversityStaffMember {
  return {
    id: row.id,
    name: row.displayName,
    loginName: row.loginName ?? '',
    role: row.universityRole ?? 'member',
    status: row.status,
    mustChangePassword: row.mustChangePassword,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The message of an account outside the admin's university, whether it exists elsewhere or not. */
export const STAFF_NOT_FOUND = '账号不存在';
