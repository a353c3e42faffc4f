import type { CampusBrochurePage, CampusFeedQuery } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { SeekerCaller } from '../../plugins/access';
import { selectApprovedBrochures } from './campus-students.repository';
import { findStudentUniversity } from './student-university';

export interface FindCampusBrochuresOptions extends CampusFeedQuery {
  seeker: SeekerCaller;
}

/** 校园 > 招聘简章: the approved brochures at the student's university, newest first. */
export async function findCampusBrochures(
  ctx: AppContext,
  options: FindCampusBrochuresOptions,
): Promise<CampusBrochurePage> {
  const university = await findStudentUniversity(ctx.db, options.seeker.accountId);
  if (!university) return pageOf(options, [], 0);
  const { rows, total } = await selectApprovedBrochures(ctx.db, {
    universityId: university.id,
    ...pageWindow(options),
  });
  return pageOf(
    options,
    rows.map((row) => ({
      publicationId: row.publicationId,
      title: row.title,
      company: { id: row.companyId, name: row.companyName },
      approvedAt: (row.approvedAt ?? row.createdAt).toISOString(),
    })),
    total,
  );
}
