import type { CheckinPresentation, CheckinPresentationQuery } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { shanghaiDate, shanghaiTime } from '../../lib/shanghai-time';
import type { UniversityStaff } from '../../plugins/access';
import { countCheckedIn, findPresentationsBetween, type PresentationRow } from './campus-students.repository';
import { roomOf } from './map-campus';

export interface FindCheckinPresentationsOptions extends CheckinPresentationQuery {
  staff: UniversityStaff;
}

export function mapCheckinPresentation(row: PresentationRow, checkedIn: number): CheckinPresentation {
  return {
    id: row.id,
    title: row.title,
    companyName: row.companyName,
    startsAt: row.startsAt?.toISOString() ?? '',
    endsAt: row.endsAt?.toISOString() ?? '',
    room: roomOf(row),
    capacity: row.capacity ?? 0,
    signupCount: row.signupCount,
    checkedInCount: checkedIn,
  };
}

/** 签到: the university's approved presentations of a day (today, Shanghai), with their counts. */
export async function findCheckinPresentations(
  ctx: AppContext,
  options: FindCheckinPresentationsOptions,
): Promise<CheckinPresentation[]> {
  const day = options.date ?? shanghaiDate();
  const from = shanghaiTime(day, 0);
  const rows = await findPresentationsBetween(
    ctx.db,
    options.staff.universityId,
    from,
    new Date(from.getTime() + 86_400_000),
  );
  const checkedIn = await countCheckedIn(
    ctx.db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => mapCheckinPresentation(row, checkedIn.get(row.id) ?? 0));
}
