import { live, type UniversityJobFairDetail } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { isUniqueViolation } from '../../lib/pg-errors';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { requireFound, type UniversityStaff } from '../../plugins/access';
import { getUniversityJobFair } from './get-university-job-fair';
import { syncFairTodo } from './job-fair-todo';
import {
  findBooths,
  findHeldBoothIds,
  lockJobFair,
  lockRegistration,
  setRegistrationBooth,
} from './job-fairs.repository';

export interface AssignJobFairBoothOptions {
  staff: UniversityStaff;
  fairId: string;
  registrationId: string;
  /** null: 取消分配. */
  boothId: string | null;
}

/**
 * 分配展位 to an approved registration (or take it back). The fair's row lock serialises the
 * assignments of one fair; the partial unique index (one approved registration per booth) is the
 * last word: a booth taken is 409 JOB_FAIR_BOOTH_TAKEN.
 */
export async function assignJobFairBooth(
  ctx: AppContext,
  options: AssignJobFairBoothOptions,
): Promise<UniversityJobFairDetail> {
  const { staff, fairId, registrationId, boothId } = options;
  const companyId = await ctx.db
    .transaction(async (tx) => {
      const fair = requireFound(await lockJobFair(tx, fairId, staff.universityId), '双选会不存在');
      const registration = requireFound(await lockRegistration(tx, registrationId, { fairId }), '报名不存在');
      if (fair.state !== 'published') throw new AppError('JOB_FAIR_CANCELLED');
      if (registration.state !== 'approved')
        throw new AppError('INVALID_STATE', '只有已通过的报名可以分配展位');
      const booths = await findBooths(tx, [fairId]);
      let code: string | null = null;
      if (boothId) {
        const booth = requireFound(
          booths.find((b) => b.id === boothId),
          '展位不存在',
        );
        if (booth.id !== registration.boothId && (await findHeldBoothIds(tx, fairId)).has(booth.id))
          throw new AppError('JOB_FAIR_BOOTH_TAKEN', `展位${booth.code}已分配给其他单位`);
        code = booth.code;
      }
      await setRegistrationBooth(tx, registration.id, boothId);
      await syncFairTodo(tx, registration, fair, code);
      return registration.companyId;
    })
    .catch((error) => {
      if (isUniqueViolation(error)) throw new AppError('JOB_FAIR_BOOTH_TAKEN');
      throw error;
    });
  await publishAfterCommit(
    ctx,
    live.university(staff.universityId, { type: 'job-fairs.changed', data: { fairId } }),
    live.company(companyId, { type: 'job-fairs.changed', data: { fairId } }),
  );
  return getUniversityJobFair(ctx, { staff, fairId });
}
