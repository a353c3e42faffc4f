import type { EmployerJobDetail } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { Transaction } from '../../db/client';
import { shanghaiDate } from '../../lib/shanghai-time';
import type { CompanyStaff } from '../employer-applications/company-staff';
import { reindexJob } from '../jobs/reindex-jobs';
import {
  endPinsOfJob,
  type JobRow,
  lockCompany,
  lockCompanyJob,
  updateJob,
} from './employer-jobs.repository';
import { describeJob } from './get-company-job';
import { jobNotFound, requireJobAction, requirePublishing } from './job-policy';
import { announceJobChange } from './job-values';

interface JobStateOptions {
  staff: CompanyStaff;
  jobId: string;
}

/**
 * The job locked in a transaction, changed, re-indexed for the seeker search in the same
 * transaction (docs/decisions/008-job-search.md), then announced to the company's other HR.
 */
async function changeJob(
  ctx: AppContext,
  options: JobStateOptions,
  change: (tx: Transaction, job: JobRow) => Promise<JobRow>,
): Promise<JobRow> {
  const { staff, jobId } = options;
  const job = await ctx.db.transaction(async (tx) => {
    const current = await lockCompanyJob(tx, staff.companyId, jobId);
    if (!current) throw jobNotFound();
    const changed = await change(tx, current);
    await reindexJob(tx, jobId);
    return changed;
  });
  await announceJobChange(ctx, staff, jobId);
  return job;
}

/** Seed 002 下架 (after the 二次确认): only from 招聘中; its 置顶 ends with it. */
export async function takeJobOffline(ctx: AppContext, options: JobStateOptions): Promise<EmployerJobDetail> {
  const job = await changeJob(ctx, options, async (tx, current) => {
    requireJobAction('offline', current);
    await endPinsOfJob(tx, current.id, shanghaiDate());
    return updateJob(tx, current.id, { state: 'offline', offlineAt: new Date() });
  });
  return describeJob(ctx.db, job);
}

/** 重新发布: only from 已下架 and only for a verified company; it counts as published now. */
export async function republishJob(ctx: AppContext, options: JobStateOptions): Promise<EmployerJobDetail> {
  const job = await changeJob(ctx, options, async (tx, current) => {
    requireJobAction('republish', current);
    requirePublishing((await lockCompany(tx, options.staff.companyId))?.verificationState);
    return updateJob(tx, current.id, { state: 'recruiting', publishedAt: new Date(), offlineAt: null });
  });
  return describeJob(ctx.db, job);
}

/**
 * Seed 002 删除 (after the 二次确认): only an 已下架 job. It leaves the console, the search and share
 * links for good; the row stays for the seekers' application records (docs/decisions/010).
 */
export async function deleteJob(ctx: AppContext, options: JobStateOptions): Promise<void> {
  await changeJob(ctx, options, async (tx, current) => {
    requireJobAction('delete', current);
    return updateJob(tx, current.id, { deletedAt: new Date() });
  });
}
