import type { CompanyMember } from '@openrecruit/shared';
import type { AccountRow } from '../../db/schema';

/** A member as the admin's 公司成员 list shows them: the mobile masked. */
export function mapCompanyMember(row: AccountRow): CompanyMember {
  return {
    id: row.id,
    name: row.displayName,
    mobileMasked: row.mobileMasked ?? '',
    role: row.companyRole ?? 'member',
    status: row.status,
    mustChangePassword: row.mustChangePassword,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The message of a member outside the admin's company, whether it exists elsewhere or not. */
export const MEMBER_NOT_FOUND = '成员不存在';
