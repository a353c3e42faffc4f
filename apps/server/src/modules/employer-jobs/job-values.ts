import type { EmployerJobValues } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import type { CompanyStaff } from '../employer-applications/company-staff';
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

/** Other HR of the company refresh their list (the employer stream listens on company topics). */
export async function announceJobChange(ctx: AppContext, staff: CompanyStaff, jobId: string) {
  await ctx.events.publish({ topic: `company:${staff.companyId}`, type: 'jobs.changed', data: { jobId } });
}
