import {
  APPLICATION_QUOTA,
  type ApplyResult,
  applicationSuccessMessage,
  type EducationCode,
  live,
} from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { isUniqueViolation } from '../../lib/pg-errors';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { shanghaiDate } from '../../lib/shanghai-time';
import { notFound, type SeekerCaller } from '../../plugins/access';
import {
  countCurrentApplications,
  findJobToApply,
  findOwnCurrentApplication,
  insertApplication,
  lockSeekerForApplying,
} from './applications.repository';
import { getApplicationRecord } from './get-application-record';
import { jobRequirementWarnings } from './requirement-warnings';

export interface ApplyToJobOptions {
  seeker: SeekerCaller;
  jobId: string;
  /** The seeker saw the age/education warnings and applies anyway. */
  acknowledgeWarnings: boolean;
}

/**
 * Seed 000 §四 我要应聘: at most 10 current applications (作废 ones included, withdrawn ones not),
 * one current application per job, only to a recruiting job. The seeker's row is locked first, so
 * parallel requests of one seeker count and insert one after another on PostgreSQL; PGlite runs
 * one transaction at a time anyway. The partial unique index is the last word on duplicates.
 */
export async function applyToJob(
  ctx: AppContext,
  options: ApplyToJobOptions,
): Promise<z.infer<typeof ApplyResult>> {
  const { jobId } = options;
  const seekerAccountId = options.seeker.accountId;
  const { applicationId, companyId, remaining } = await ctx.db
    .transaction(async (tx) => {
      const seeker = await lockSeekerForApplying(tx, seekerAccountId);
      if (!seeker) throw notFound();
      // Seed 000 §三.2: 学历 and 政治面貌 are completed before using the job features.
      if (!seeker.education) throw new AppError('PROFILE_INCOMPLETE');
      const job = await findJobToApply(tx, jobId);
      if (!job) throw notFound('该岗位不存在或已删除');
      if (job.state !== 'recruiting') throw new AppError('JOB_NOT_RECRUITING');
      if (await findOwnCurrentApplication(tx, seekerAccountId, jobId)) throw new AppError('ALREADY_APPLIED');
      const currentCount = await countCurrentApplications(tx, seekerAccountId);
      if (currentCount >= APPLICATION_QUOTA) {
        throw new AppError('APPLICATION_QUOTA_FULL', undefined, { currentCount });
      }
      const warnings = jobRequirementWarnings(
        { birthDate: seeker.birthDate, education: seeker.education as EducationCode },
        { ageMin: job.ageMin, ageMax: job.ageMax, education: job.education as EducationCode | null },
        shanghaiDate(),
      );
      if (warnings.length > 0 && !options.acknowledgeWarnings) {
        throw new AppError('REQUIREMENTS_NOT_MET', undefined, { warnings });
      }
      const row = await insertApplication(tx, { seekerAccountId, jobId, companyId: job.companyId });
      return {
        applicationId: row.id,
        companyId: job.companyId,
        remaining: APPLICATION_QUOTA - currentCount - 1,
      };
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new AppError('ALREADY_APPLIED');
      throw error;
    });
  await publishAfterCommit(
    ctx,
    live.seeker(seekerAccountId, { type: 'applications.changed', data: { applicationId } }),
    live.company(companyId, { type: 'application.created', data: { applicationId } }),
  );
  return {
    application: await getApplicationRecord(ctx.db, { seekerAccountId, applicationId }),
    remaining,
    message: applicationSuccessMessage(remaining),
  };
}
