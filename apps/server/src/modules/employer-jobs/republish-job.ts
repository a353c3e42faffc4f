import type { EmployerJobDetail } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { lockCompany, updateJob } from './employer-jobs.repository';
import { describeJob } from './get-company-job';
import { jobMachine } from './job-machine';
import { requirePublishing } from './job-policy';
import { changeLockedJob, type JobStateOptions } from './job-state-change';

export type RepublishJobOptions = JobStateOptions;

/** 重新发布: only from 已下架 and only for a verified company; it counts as published now. */
export async function republishJob(
  ctx: AppContext,
  options: RepublishJobOptions,
): Promise<EmployerJobDetail> {
  const job = await changeLockedJob(ctx, options, async (tx, current) => {
    const state = jobMachine.advance(current.state, 'republish') as 'recruiting';
    requirePublishing((await lockCompany(tx, options.member.companyId))?.verificationState);
    return updateJob(tx, current.id, { state, publishedAt: new Date(), offlineAt: null });
  });
  return describeJob(ctx.db, job);
}
