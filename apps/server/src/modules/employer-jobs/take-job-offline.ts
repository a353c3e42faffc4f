import type { EmployerJobDetail } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { shanghaiDate } from '../../lib/shanghai-time';
import { endPinsOfJob, updateJob } from './employer-jobs.repository';
import { describeJob } from './get-company-job';
import { jobMachine } from './job-machine';
import { changeLockedJob, type JobStateOptions } from './job-state-change';

export type TakeJobOfflineOptions = JobStateOptions;

/** Seed 002 下架 (after the 二次确认): only from 招聘中; its 置顶 ends with it. */
export async function takeJobOffline(
  ctx: AppContext,
  options: TakeJobOfflineOptions,
): Promise<EmployerJobDetail> {
  const job = await changeLockedJob(ctx, options, async (tx, current) => {
    const state = jobMachine.advance(current.state, 'offline') as 'offline';
    await endPinsOfJob(tx, current.id, shanghaiDate());
    return updateJob(tx, current.id, { state, offlineAt: new Date() });
  });
  return describeJob(ctx.db, job);
}
