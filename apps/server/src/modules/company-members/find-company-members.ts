import type { CompanyMember } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { CompanyAdmin } from '../../plugins/access';
import { findMembers } from './company-members.repository';
import { mapCompanyMember } from './map-company-member';

export interface FindCompanyMembersOptions {
  admin: CompanyAdmin;
}

/**
 * 公司成员 (seed 002): every approved HR account of the admin's company, oldest first. A company has
 * a handful of members, so the list is whole (the web and its test read it as one array).
 */
export async function findCompanyMembers(
  ctx: AppContext,
  options: FindCompanyMembersOptions,
): Promise<CompanyMember[]> {
  return (await findMembers(ctx.db, options.admin.companyId)).map(mapCompanyMember);
}
