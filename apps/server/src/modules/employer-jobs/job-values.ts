import { type EmployerJobValues, live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import type { CompanyMember } from '../../plugins/access';
import { findUniversities } from './employer-jobs.repository';

/**
 * The job columns a 新增/编辑 form sets. No probation = no probation pay; a job that is not 校招
 * targets no university. The universities must exist (the form offers /api/public/universities).
 */
export async function jobColumnsOf(db: Executor, input: EmployerJobValues) {
  const targetUniversityIds = input.isCampus ? input.targetUniversityIds : [];
  const found = await findUniversities(db, targetUniversityIds);
  if (found.length !== targetUniversityIds.length)
    throw AppError.fieldError('targetUniversityIds', '所选高校不存在，请重新选择');
  return {
    ...input,
    probationSalary: input.probationMonths > 0 ? input.probationSalary : null,
    targetUniversityIds,
  };
}

/** Other HR of the company refresh their list; call after the commit. */
export async function announceJobChange(ctx: AppContext, member: CompanyMember, jobId: string) {
  await publishAfterCommit(ctx, live.company(member.companyId, { type: 'jobs.changed', data: { jobId } }));
}
