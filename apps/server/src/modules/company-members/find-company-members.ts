import type { CompanyMemberPage, PageQuery } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { CompanyAdmin } from '../../plugins/access';
import { countMembers, findMemberPage } from './company-members.repository';
import { mapCompanyMember } from './map-company-member';

export interface FindCompanyMembersOptions extends Pick<PageQuery, 'page' | 'pageSize'> {
  admin: CompanyAdmin;
}

/** 公司成员 (seed 002): one page of the approved HR accounts of the admin's company, oldest first. */
export async function findCompanyMembers(
  ctx: AppContext,
  options: FindCompanyMembersOptions,
): Promise<CompanyMemberPage> {
  const { admin, ...query } = options;
  const [rows, total] = await Promise.all([
    findMemberPage(ctx.db, admin.companyId, pageWindow(query)),
    countMembers(ctx.db, admin.companyId),
  ]);
  return pageOf(query, rows.map(mapCompanyMember), total);
}
