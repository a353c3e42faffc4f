import type { EducationCode, JobDetail, PublicJobDetail } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/client';
import { shanghaiDate } from '../../lib/shanghai-time';
import { notFound, requireFound, type SeekerCaller } from '../../plugins/access';
import { jobRequirementWarnings } from '../applications/requirement-warnings';
import {
  findCurrentApplication,
  findJobDetail,
  findSeekerFacts,
  isFavourite,
  isPinnedOn,
  type JobDetailRow,
} from './jobs.repository';
import { mapJobDetail, mapPublicJobDetail } from './map-job';

export interface GetJobDetailOptions {
  seeker: SeekerCaller;
  jobId: string;
}

/**
 * Seed 000 §三.5: the job in any state (a job taken offline opens and says 已下架), with the
 * seeker's favourite, current application, and what they do not meet (age, education) before
 * they apply: the same sentences as the application step.
 */
export async function getJobDetail(ctx: AppContext, options: GetJobDetailOptions): Promise<JobDetail> {
  const { jobId } = options;
  const seekerAccountId = options.seeker.accountId;
  const today = shanghaiDate();
  const row = await getJobRow(ctx.db, jobId);
  const [seeker, favourite, application, pinned] = await Promise.all([
    findSeekerFacts(ctx.db, seekerAccountId),
    isFavourite(ctx.db, seekerAccountId, jobId),
    findCurrentApplication(ctx.db, seekerAccountId, jobId),
    isPinnedNow(ctx.db, row, today),
  ]);
  if (!seeker) throw notFound();
  const education = seeker.education as EducationCode | null;
  const warnings = jobRequirementWarnings(
    { birthDate: seeker.birthDate, education: education ?? '70' },
    {
      ageMin: row.job.ageMin,
      ageMax: row.job.ageMax,
      // Before 完善个人信息 (seed 000 §三.2) there is no education to compare: only the age is checked.
      education: education ? (row.job.education as EducationCode | null) : null,
    },
    today,
  );
  return mapJobDetail(row, pinned, { favourite, application: application ?? null, warnings });
}

/** The same page for a shared link or QR code, without login. */
export async function getPublicJobDetail(
  ctx: AppContext,
  options: { jobId: string },
): Promise<PublicJobDetail> {
  const row = await getJobRow(ctx.db, options.jobId);
  return mapPublicJobDetail(row, await isPinnedNow(ctx.db, row, shanghaiDate()));
}

async function getJobRow(db: Executor, jobId: string): Promise<JobDetailRow> {
  return requireFound(await findJobDetail(db, jobId), '该岗位不存在或已删除');
}

async function isPinnedNow(db: Executor, row: JobDetailRow, today: string) {
  return row.job.state === 'recruiting' && (await isPinnedOn(db, row.job.id, today));
}
