import type {
  CloudPresentationTargetState,
  PageQuery,
  UniversityCloudPresentationPage,
} from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { UniversityStaff } from '../../plugins/access';
import { jobTitlesOf } from './cloud-presentation-jobs';
import { selectUniversityTargets } from './cloud-presentations.repository';
import { mapUniversityCloudPresentation } from './map-cloud-presentation';

export interface FindUniversityCloudPresentationsOptions {
  staff: UniversityStaff;
  query: PageQuery & { state: CloudPresentationTargetState };
}

/** 云宣讲审核 > 本校云宣讲: what companies sent to the university, by state (已通过 by default). */
export async function findUniversityCloudPresentations(
  ctx: AppContext,
  options: FindUniversityCloudPresentationsOptions,
): Promise<UniversityCloudPresentationPage> {
  const { rows, total } = await selectUniversityTargets(
    ctx.db,
    options.staff.universityId,
    options.query.state,
    pageWindow(options.query),
  );
  const titles = await jobTitlesOf(
    ctx.db,
    rows.map((row) => row.presentation),
  );
  return pageOf(
    options.query,
    rows.map((row) => mapUniversityCloudPresentation(row.presentation, titles, row.target)),
    total,
  );
}
