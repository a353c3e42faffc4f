import type { EmployerJobDetail, EmployerJobValues } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { CompanyStaff } from '../employer-applications/company-staff';
import { reindexJob } from '../jobs/reindex-jobs';
import { lockCompanyJob, updateJob } from './employer-jobs.repository';
import { describeJob } from './get-company-job';
import { jobNotFound, requireJobAction } from './job-policy';
import { announceJobChange, jobColumnsOf } from './job-values';

/** 编辑 a 招聘中 or 已下架 job: it keeps its state and publication time; the search sees the change. */
export async function editJob(
  ctx: AppContext,
  options: { staff: CompanyStaff; jobId: string; input: EmployerJobValues },
): Promise<EmployerJobDetail> {
  const { staff, jobId, input } = options;
  const job = await ctx.db.transaction(async (tx) => {
    const current = await lockCompanyJob(tx, staff.companyId, jobId);
    if (!current) throw jobNotFound();
    requireJobAction('edit', current);
    const row = await updateJob(tx, jobId, await jobColumnsOf(tx, input));
    await reindexJob(tx, jobId);
    return row;
  });
  await announceJobChange(ctx, staff, jobId);
  return describeJob(ctx.db, job);
}
