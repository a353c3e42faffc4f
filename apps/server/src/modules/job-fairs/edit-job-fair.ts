import { live, type UniversityJobFairDetail } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { requireFound, type UniversityStaff } from '../../plugins/access';
import { venueConflict } from './create-job-fair';
import { getUniversityJobFair } from './get-university-job-fair';
import {
  bookFairVenue,
  codeKinds,
  fairColumns,
  type JobFairValues,
  placeOf,
  syncBooths,
} from './job-fair-layout';
import { syncFairTodo } from './job-fair-todo';
import { findBooths, findRegistrationsOfFairs, lockJobFair, updateJobFair } from './job-fairs.repository';

export interface EditJobFairOptions {
  staff: UniversityStaff;
  fairId: string;
  input: JobFairValues;
}

/**
 * 编辑 a published fair. Booths follow the kinds' counts: added freely, removed only when free
 * (not assigned) and never below the companies registered; a kind companies registered for stays.
 * The approved companies' calendar entries follow the new time and place, and they are told live.
 */
export async function editJobFair(
  ctx: AppContext,
  options: EditJobFairOptions,
): Promise<UniversityJobFairDetail> {
  const { staff, input } = options;
  const companies = await ctx.db
    .transaction(async (tx) => {
      const fair = requireFound(await lockJobFair(tx, options.fairId, staff.universityId), '双选会不存在');
      if (fair.state !== 'published') throw new AppError('JOB_FAIR_CANCELLED', '已取消的双选会不能编辑');
      const place = await placeOf(tx, staff.universityId, input);
      const kinds = codeKinds(input.boothKinds, fair.boothKinds);
      const capacity = await syncBooths(tx, fair, kinds);
      const timeOrPlaceChanged =
        fair.startsAt.getTime() !== Date.parse(input.startsAt) ||
        fair.endsAt.getTime() !== Date.parse(input.endsAt) ||
        fair.venueId !== place.venueId;
      const updated = await updateJobFair(tx, fair.id, {
        ...fairColumns(input, place, kinds, capacity),
      });
      if (timeOrPlaceChanged) await bookFairVenue(tx, updated, staff.accountId);
      const current = await findRegistrationsOfFairs(tx, [fair.id], { states: ['pending', 'approved'] });
      const booths = await findBooths(tx, [fair.id]);
      for (const { registration } of current)
        if (registration.state === 'approved')
          await syncFairTodo(
            tx,
            registration,
            updated,
            booths.find((booth) => booth.id === registration.boothId)?.code ?? null,
          );
      return [...new Set(current.map((view) => view.registration.companyId))];
    })
    .catch(venueConflict);
  await publishAfterCommit(
    ctx,
    live.university(staff.universityId, { type: 'job-fairs.changed', data: { fairId: options.fairId } }),
    ...companies.map((companyId) =>
      live.company(companyId, { type: 'job-fairs.changed', data: { fairId: options.fairId } }),
    ),
  );
  return getUniversityJobFair(ctx, { staff, fairId: options.fairId });
}
