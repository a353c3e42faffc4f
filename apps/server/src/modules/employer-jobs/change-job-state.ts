import type { EmployerJobDetail } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { Transaction } from '../../db/client';
import { shanghaiDate } from '../../lib/shanghai-time';
import type { CompanyMember } from '../../plugins/access';
import { reindexJob } from '../jobs/reindex-jobs';
import {
  endPinsOfJob,
  type JobRow,
  lockCompany,
  lockCompanyJob,
  updateJob,
} from './employer-jobs.repository';
import { describeJob } from './get-company-job';
import { jobMachine } from './job-machine';
import { jobNotFound, requirePublishing } from './job-policy';
import { announceJobChange } from './job-values';

interface JobStateOptions {
  member: CompanyMember;
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

/** Seed 002 下架 (after the 二次确认): only from 招聘中; its 置顶 ends with it. */
export async function takeJobOffline(ctx: AppContext, options: JobStateOptions): Promise<EmployerJobDetail> {
  const job = await changeJob(ctx, options, async (tx, current) => {
    const state = jobMachine.advance(current.state, 'offline') as 'offline';
    await endPinsOfJob(tx, current.id, shanghaiDate());
    return updateJob(tx, current.id, { state, offlineAt: new Date() });
  });
  return describeJob(ctx.db, job);
}

/** 重新发布: only from 已下架 and only for a verified company; it counts as published now. */
export async function republishJob(ctx: AppContext, options: JobStateOptions): Promise<EmployerJobDetail> {
  const job = await changeJob(ctx, options, async (tx, current) => {
    const state = jobMachine.advance(current.state, 'republish') as 'recruiting';
    requirePublishing((await lockCompany(tx, options.member.companyId))?.verificationState);
    return updateJob(tx, current.id, { state, publishedAt: new Date(), offlineAt: null });
  });
  return describeJob(ctx.db, job);
}

/**
 * Seed 002 删除 (after the 二次确认): only an 已下架 job. It leaves the console, the search and share
 * links for good; the row stays for the seekers' application records (docs/decisions/010).
 */
export async function deleteJob(ctx: AppContext, options: JobStateOptions): Promise<void> {
  await changeJob(ctx, options, async (tx, current) => {
    // `deleted` is the deletedAt column: the job keeps its last state for the seekers' records.
    jobMachine.advance(current.state, 'delete');
    return updateJob(tx, current.id, { deletedAt: new Date() });
  });
}
