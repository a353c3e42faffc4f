import type { EmployerJobFairListQuery, EmployerJobFairPage } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { CompanyMember } from '../../plugins/access';
import { withCompanyView } from './employer-fair-view';
import { findJobFairPage } from './job-fairs.repository';

export type FindEmployerJobFairsOptions = z.output<typeof EmployerJobFairListQuery> & {
  member: CompanyMember;
};

/** 校园招聘 > 双选会 > 全部双选会: published fairs of every university, upcoming first. */
export async function findEmployerJobFairs(
  ctx: AppContext,
  options: FindEmployerJobFairsOptions,
): Promise<EmployerJobFairPage> {
  const { member, ...query } = options;
  const { rows, total } = await findJobFairPage(
    ctx.db,
    {
      state: 'published',
      ...(query.universityId ? { universityId: query.universityId } : {}),
      ...(query.when ? { when: query.when } : {}),
      now: new Date(),
    },
    pageWindow(query),
  );
  return pageOf(query, await withCompanyView(ctx, member, rows), total);
}
