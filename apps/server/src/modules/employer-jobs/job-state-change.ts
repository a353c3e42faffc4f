import type { AppContext } from '../../context';
import type { Transaction } from '../../db/client';
import type { CompanyMember } from '../../plugins/access';
import { reindexJob } from '../jobs/reindex-jobs';
import { type JobRow, lockCompanyJob } from './employer-jobs.repository';
import { jobNotFound } from './job-policy';
import { announceJobChange } from './job-values';

/** What 下架, 重新发布 and 删除 are given: a job of the caller's company. */
export interface JobStateOptions {
  member: CompanyMember;
  jobId: string;
}

/**
 * The job locked in a transaction, changed, re-indexed for the seeker search in the same
 * transaction (docs/decisions/008-job-search.md), then announced to the company's other HR.
 */
export async function changeLockedJob(
  ctx: AppContext,
  options: JobStateOptions,
  change: (tx: Transaction, job: JobRow) => Promise<JobRow>,
): Promise<JobRow> {
  const { member, jobId } = options;
  const job = await ctx.db.transaction(async (tx) => {
    const current = await lockCompanyJob(tx, member.companyId, jobId);
    if (!current) throw jobNotFound();
    const changed = await change(tx, current);
    await reindexJob(tx, jobId);
    return changed;
  });
  await announceJobChange(ctx, member, jobId);
  return job;
}
