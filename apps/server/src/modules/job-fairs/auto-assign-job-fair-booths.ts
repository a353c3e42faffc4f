import { live, type UniversityJobFairDetail } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { requireFound, type UniversityStaff } from '../../plugins/access';
import { getUniversityJobFair } from './get-university-job-fair';
import { syncFairTodo } from './job-fair-todo';
import {
  findBooths,
  findHeldBoothIds,
  findRegistrationsOfFairs,
  lockJobFair,
  setRegistrationBooth,
} from './job-fairs.repository';

export interface AutoAssignJobFairBoothsOptions {
  staff: UniversityStaff;
  fairId: string;
}

/**
 * 按报名顺序自动分配: each approved registration without a booth, oldest first, gets the first free
 * booth of the kind it registered for (none left of that kind: it waits for a hand assignment).
 */
export async function autoAssignJobFairBooths(
  ctx: AppContext,
  options: AutoAssignJobFairBoothsOptions,
): Promise<UniversityJobFairDetail> {
  const { staff, fairId } = options;
  const companies = await ctx.db.transaction(async (tx) => {
    const fair = requireFound(await lockJobFair(tx, fairId, staff.universityId), '双选会不存在');
    if (fair.state !== 'published') throw new AppError('JOB_FAIR_CANCELLED');
    const booths = await findBooths(tx, [fairId]);
    const held = await findHeldBoothIds(tx, fairId);
    const waiting = (await findRegistrationsOfFairs(tx, [fairId], { states: ['approved'] })).filter(
      (view) => !view.registration.boothId,
    );
    const assigned: string[] = [];
    for (const { registration } of waiting) {
      const booth = booths.find((b) => b.kind === registration.boothKind && !held.has(b.id));
      if (!booth) continue;
      held.add(booth.id);
      await setRegistrationBooth(tx, registration.id, booth.id);
      await syncFairTodo(tx, registration, fair, booth.code);
      assigned.push(registration.companyId);
    }
    return [...new Set(assigned)];
  });
  await publishAfterCommit(
    ctx,
    live.university(staff.universityId, { type: 'job-fairs.changed', data: { fairId } }),
    ...companies.map((companyId) => live.company(companyId, { type: 'job-fairs.changed', data: { fairId } })),
  );
  return getUniversityJobFair(ctx, { staff, fairId });
}
