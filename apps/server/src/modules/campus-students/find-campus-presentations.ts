import type { CampusFeedQuery, CampusPresentationPage } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { SeekerCaller } from '../../plugins/access';
import { findSeekerSignups, selectUpcomingPresentations } from './campus-students.repository';
import { mapCampusPresentation } from './map-campus';
import { findStudentUniversity } from './student-university';

export interface FindCampusPresentationsOptions extends CampusFeedQuery {
  seeker: SeekerCaller;
}

/** 校园 > 宣讲会: the student's university's approved presentations not yet ended, soonest first. */
export async function findCampusPresentations(
  ctx: AppContext,
  options: FindCampusPresentationsOptions,
): Promise<CampusPresentationPage> {
  const university = await findStudentUniversity(ctx.db, options.seeker.accountId);
  if (!university) return pageOf(options, [], 0);
  const now = new Date();
  const { rows, total } = await selectUpcomingPresentations(ctx.db, {
    universityId: university.id,
    now,
    ...pageWindow(options),
  });
  const signups = await findSeekerSignups(
    ctx.db,
    options.seeker.accountId,
    rows.map((row) => row.id),
  );
  const byPresentation = new Map(signups.map((s) => [s.presentationId, s]));
  return pageOf(
    options,
    rows.map((row) => mapCampusPresentation(row, byPresentation.get(row.id), now)),
    total,
  );
}
