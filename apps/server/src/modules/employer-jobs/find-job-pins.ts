import type { JobPinView } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { shanghaiDate } from '../../lib/shanghai-time';
import type { CompanyMember } from '../../plugins/access';
import { findPinsOfJob } from './employer-jobs.repository';
import { getOwnJob } from './job-policy';
import { mapPin } from './map-employer-job';

export interface FindJobPinsOptions {
  member: CompanyMember;
  jobId: string;
}

/** Every pin of a job of the caller's company (active, coming, ended), newest first. */
export async function findJobPins(ctx: AppContext, options: FindJobPinsOptions): Promise<JobPinView[]> {
  await getOwnJob(ctx.db, options.member, options.jobId);
  const today = shanghaiDate();
  return (await findPinsOfJob(ctx.db, options.jobId)).map((pin) => mapPin(pin, today));
}
