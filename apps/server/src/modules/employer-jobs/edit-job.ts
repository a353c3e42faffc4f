import type { EmployerJobDetail, EmployerJobValues } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { CompanyMember } from '../../plugins/access';
import { reindexJob } from '../jobs/reindex-jobs';
import { lockCompanyJob, updateJob } from './employer-jobs.repository';
import { describeJob } from './get-company-job';
import { jobNotFound } from './job-policy';
import { announceJobChange, jobColumnsOf } from './job-values';

export interface EditJobOptions {
  member: CompanyMember;
  jobId: string;
  input: EmployerJobValues;
}

/**
 * 编辑 a 招聘中 or 已下架 job (any job that is found: a deleted one is not): it keeps its state and
 * publication time; the search sees the change.
 */
export async function editJob(ctx: AppContext, options: EditJobOptions): Promise<EmployerJobDetail> {
  const { member, jobId, input } = options;
  const job = await ctx.db.transaction(async (tx) => {
    const current = await lockCompanyJob(tx, member.companyId, jobId);
    if (!current) throw jobNotFound();
    const row = await updateJob(tx, jobId, await jobColumnsOf(tx, input));
    await reindexJob(tx, jobId);
    return row;
  });
  await announceJobChange(ctx, member, jobId);
  return describeJob(ctx.db, job);
}
