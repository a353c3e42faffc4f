import { maskName, type StaffSignupPage, type StaffSignupQuery } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import { requireFound, type UniversityStaff } from '../../plugins/access';
import {
  countCheckedIn,
  findUniversityPresentation,
  selectPresentationSignups,
} from './campus-students.repository';
import { mapCheckinPresentation } from './find-checkin-presentations';
import { shownSignupState } from './map-campus';

export interface FindPresentationSignupsOptions extends StaffSignupQuery {
  staff: UniversityStaff;
  presentationId: string;
}

/** A presentation's sign-ups as its university's staff see them: names masked, state, check-in time. */
export async function findPresentationSignups(
  ctx: AppContext,
  options: FindPresentationSignupsOptions,
): Promise<StaffSignupPage> {
  const presentation = requireFound(
    await findUniversityPresentation(ctx.db, options.staff.universityId, options.presentationId),
    '宣讲会不存在',
  );
  const { rows, total } = await selectPresentationSignups(ctx.db, {
    presentationId: presentation.id,
    ...pageWindow(options),
  });
  const checkedIn = await countCheckedIn(ctx.db, [presentation.id]);
  const now = new Date();
  return {
    ...pageOf(
      options,
      rows.map((row) => ({
        id: row.id,
        studentName: maskName(row.studentName),
        state: shownSignupState(row, presentation.endsAt, now),
        checkedInAt: row.checkedInAt?.toISOString() ?? null,
        createdAt: row.createdAt.toISOString(),
      })),
      total,
    ),
    presentation: mapCheckinPresentation(presentation, checkedIn.get(presentation.id) ?? 0),
  };
}
