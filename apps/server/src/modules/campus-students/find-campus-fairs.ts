import type { CampusFairPage, CampusFeedQuery } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { SeekerCaller } from '../../plugins/access';
import { selectUpcomingFairs } from './campus-students.repository';
import { findStudentUniversity } from './student-university';

export interface FindCampusFairsOptions extends CampusFeedQuery {
  seeker: SeekerCaller;
}

/** 校园 > 双选会: the student's university's published fairs not yet ended (details: /m/campus/job-fairs/:id). */
export async function findCampusFairs(
  ctx: AppContext,
  options: FindCampusFairsOptions,
): Promise<CampusFairPage> {
  const university = await findStudentUniversity(ctx.db, options.seeker.accountId);
  if (!university) return pageOf(options, [], 0);
  const { rows, total } = await selectUpcomingFairs(ctx.db, {
    universityId: university.id,
    now: new Date(),
    ...pageWindow(options),
  });
  return pageOf(
    options,
    rows.map((row) => ({
      id: row.id,
      title: row.title,
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
      location: row.location,
      companyCount: Number(row.companyCount),
    })),
    total,
  );
}
