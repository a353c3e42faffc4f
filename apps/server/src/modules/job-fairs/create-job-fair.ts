import { live, type UniversityJobFairDetail } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { sqlStateOf } from '../../lib/pg-errors';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import type { UniversityStaff } from '../../plugins/access';
import { getUniversityJobFair } from './get-university-job-fair';
import {
  bookFairVenue,
  codeKinds,
  fairColumns,
  type JobFairValues,
  placeOf,
  syncBooths,
} from './job-fair-layout';
import { insertJobFair, updateJobFair } from './job-fairs.repository';

export interface CreateJobFairOptions {
  staff: UniversityStaff;
  input: JobFairValues;
}

/** A 23P01 of the venue calendar's exclusion constraint is the room taken at that time. */
export function venueConflict(error: unknown): never {
  if (sqlStateOf(error) === '23P01') throw new AppError('VENUE_DOUBLE_BOOKED');
  throw error;
}

/** 新建双选会: the fair, its numbered booths and, in a room, its booking on the venue calendar. */
export async function createJobFair(
  ctx: AppContext,
  options: CreateJobFairOptions,
): Promise<UniversityJobFairDetail> {
  const { staff, input } = options;
  const fairId = await ctx.db
    .transaction(async (tx) => {
      const place = await placeOf(tx, staff.universityId, input);
      const kinds = codeKinds(input.boothKinds, []);
      const capacity = kinds.reduce((sum, kind) => sum + kind.count, 0);
      const fair = await insertJobFair(tx, {
        universityId: staff.universityId,
        ...fairColumns(input, place, kinds, capacity),
        createdBy: staff.accountId,
      });
      await syncBooths(tx, fair, kinds);
      await updateJobFair(tx, fair.id, { capacity });
      await bookFairVenue(tx, fair, staff.accountId);
      return fair.id;
    })
    .catch(venueConflict);
  await publishAfterCommit(
    ctx,
    live.university(staff.universityId, { type: 'job-fairs.changed', data: { fairId } }),
  );
  return getUniversityJobFair(ctx, { staff, fairId });
}
