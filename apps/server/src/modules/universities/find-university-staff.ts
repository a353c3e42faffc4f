import type { PageQuery, UniversityStaffPage } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { UniversityAdmin } from '../../plugins/access';
import { mapUniversityStaff } from './map-university-staff';
import { countStaff, findStaffPage } from './university-staff.repository';

export interface FindUniversityStaffOptions extends Pick<PageQuery, 'page' | 'pageSize'> {
  admin: UniversityAdmin;
}

/** 账号管理 (issue 11): one page of the admin's university's staff accounts. */
export async function findUniversityStaff(
  ctx: AppContext,
  options: FindUniversityStaffOptions,
): Promise<UniversityStaffPage> {
  const { admin, ...query } = options;
  const [rows, total] = await Promise.all([
    findStaffPage(ctx.db, admin.universityId, pageWindow(query)),
    countStaff(ctx.db, admin.universityId),
  ]);
  return pageOf(query, rows.map(mapUniversityStaff), total);
}
