import type { CloudPresentationPage, PageQuery } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { CompanyMember } from '../../plugins/access';
import { jobTitlesOf } from './cloud-presentation-jobs';
import { findTargetsWithNames, selectCompanyCloudPresentations } from './cloud-presentations.repository';
import { mapCloudPresentation } from './map-cloud-presentation';

export interface FindCloudPresentationsOptions {
  member: CompanyMember;
  query: PageQuery;
}

/** 云校招 > 云宣讲: the company's applications, newest first, each university's 审核状态 (seed 002). */
export async function findCloudPresentations(
  ctx: AppContext,
  options: FindCloudPresentationsOptions,
): Promise<CloudPresentationPage> {
  const { rows, total } = await selectCompanyCloudPresentations(
    ctx.db,
    options.member.companyId,
    pageWindow(options.query),
  );
  const [titles, targets] = await Promise.all([
    jobTitlesOf(ctx.db, rows),
    findTargetsWithNames(
      ctx.db,
      rows.map((row) => row.id),
    ),
  ]);
  return pageOf(
    options.query,
    rows.map((row) =>
      mapCloudPresentation(
        row,
        titles,
        targets.filter((target) => target.presentationId === row.id),
      ),
    ),
    total,
  );
}
