import { AppError } from '../../lib/app-error';
import type { AccountRow } from '../identity/accounts.repository';

// Seed 002 公司设置: every member of the company may read it; only its 单位管理员 changes it. Every
// use case acts on the caller's own company, so another company's data is never reachable.

export interface CompanyCaller {
  accountId: string;
  companyId: string;
  isAdmin: boolean;
}

export function companyMemberOf(account: AccountRow): CompanyCaller {
  if (!account.companyId) throw new AppError('FORBIDDEN', '您的账号未关联单位');
  return { accountId: account.id, companyId: account.companyId, isAdmin: account.companyRole === 'admin' };
}

export function companyAdminOf(account: AccountRow): CompanyCaller {
  const caller = companyMemberOf(account);
  if (!caller.isAdmin)
    throw new AppError('FORBIDDEN', '只有单位管理员可以修改公司设置，请联系本单位的单位管理员');
  return caller;
}
