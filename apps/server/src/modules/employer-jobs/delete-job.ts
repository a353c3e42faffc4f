import type { AppContext } from '../../context';
import { updateJob } from './employer-jobs.repository';
import { jobMachine } from './job-machine';
import { changeLockedJob, type JobStateOptions } from './job-state-change';

export type DeleteJobOptions = JobStateOptions;

/**
 * Seed 002 删除 (after the 二次确认): only an 已下架 job. It leaves the console, the search and share
 * links for good; the row stays for the seekers' application records (docs/decisions/010).
 */
export async function deleteJob(ctx: AppContext, options: DeleteJobOptions): Promise<void> {
  await changeLockedJob(ctx, options, async (tx, current) => {
    // `deleted` is the deletedAt column: the job keeps its last state for the seekers' records.
    jobMachine.advance(current.state, 'delete');
    return updateJob(tx, current.id, { deletedAt: new Date() });
  });
}
