import type { EmployerJobDetail } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/client';
import { shanghaiDate } from '../../lib/shanghai-time';
import type { CompanyMember } from '../../plugins/access';
import {
  countApplicationsOf,
  findPinsOfJobs,
  findUniversities,
  type JobRow,
} from './employer-jobs.repository';
import { getOwnJob } from './job-policy';
import { mapEmployerJobDetail } from './map-employer-job';

export interface GetCompanyJobOptions {
  member: CompanyMember;
  jobId: string;
}

/** One job of the caller's company, as the 编辑 form and the list read it. */
export async function getCompanyJob(
  ctx: AppContext,
  options: GetCompanyJobOptions,
): Promise<EmployerJobDetail> {
  return describeJob(ctx.db, await getOwnJob(ctx.db, options.member, options.jobId));
}

/** The detail of a job row just read or written (in the same transaction or after it). */
export async function describeJob(db: Executor, job: JobRow): Promise<EmployerJobDetail> {
  const today = shanghaiDate();
  const [applicationCount, pins, universities] = await Promise.all([
    countApplicationsOf(db, job.id),
    findPinsOfJobs(db, [job.id], today),
    findUniversities(db, job.targetUniversityIds),
  ]);
  return mapEmployerJobDetail(job, { applicationCount, pins, today, universities });
}
