import type { PageQuery, PublicCloudPresentationPage } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import { jobTitlesOf } from './cloud-presentation-jobs';
import { selectApprovedAtUniversity } from './cloud-presentations.repository';
import { mapPublicCloudPresentation } from './map-cloud-presentation';

export interface FindPublicCloudPresentationsOptions {
  universityId: string;
  query: PageQuery;
}

/**
 * The 云宣讲 a university approved (seed 002: 展示在高校就业官网): its public page and its
 * students' 校园. Withdrawn ones are gone; an unknown university simply has none.
 */
export async function findPublicCloudPresentations(
  ctx: AppContext,
  options: FindPublicCloudPresentationsOptions,
): Promise<PublicCloudPresentationPage> {
  const { rows, total } = await selectApprovedAtUniversity(
    ctx.db,
    options.universityId,
    pageWindow(options.query),
  );
  const titles = await jobTitlesOf(ctx.db, rows);
  return pageOf(
    options.query,
    rows.map((row) => mapPublicCloudPresentation(row, titles)),
    total,
  );
}
