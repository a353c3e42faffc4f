import {
  type EmployerVideoInterview,
  type EvaluateVideoInterviewInput,
  VIDEO_INTERVIEW_NEXT_STEPS,
} from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { isUniqueViolation } from '../../lib/pg-errors';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { markApplications } from '../employer-applications/mark-applications';
import { announceVideoInterview } from './announce-video-interview';
import { requireApprovedRegistration, requireHost } from './company-access';
import { presentCompanyInterview } from './present-video-interviews';
import {
  findCompanyJob,
  findCurrentApplications,
  insertFairApplication,
  lockInterview,
  moveInterview,
} from './video-interviews.repository';

export type EvaluateVideoInterviewOptions = z.output<typeof EvaluateVideoInterviewInput> & {
  member: CompanyMember;
  registrationId: string;
  interviewId: string;
  now?: Date;
};

/**
 * Seed 002 ⑨ 面试结束对求职者进行评价: score, tags, comment and 下一步, filed on the student's record in
 * 简历管理: the company's current application for the interview's job, else any current one, else a
 * new one with source 双选会 (job_fair) for the interview's job, the chosen job or the registration's
 * first. 下一步 marks it (进入下一轮/发放offer 合适, 待定 待定, 不合适 不合适) through 简历管理's own
 * mark use case. Evaluating again replaces the evaluation and the mark.
 */
export async function evaluateVideoInterview(
  ctx: AppContext,
  options: EvaluateVideoInterviewOptions,
): Promise<EmployerVideoInterview> {
  const { member, interviewId } = options;
  const now = options.now ?? new Date();
  const registration = await requireApprovedRegistration(ctx.db, member, options.registrationId);
  const step = VIDEO_INTERVIEW_NEXT_STEPS.find((candidate) => candidate.code === options.nextStep)!;
  const file = async () =>
    ctx.db.transaction(async (tx) => {
      const row = await lockInterview(tx, interviewId);
      const found = requireFound(row?.registrationId === registration.id ? row : undefined, '面试记录不存在');
      requireHost(member, registration, found.room);
      if (found.state !== 'completed') throw new AppError('INVALID_STATE', '面试结束后才能评价');
      let applicationId = found.applicationId;
      if (!applicationId) {
        const current = await findCurrentApplications(tx, member.companyId, found.seekerAccountId);
        const preferred = current.find((a) => a.jobId === found.jobId) ?? current[0];
        if (preferred) {
          applicationId = preferred.id;
        } else {
          const jobId = found.jobId ?? options.jobId ?? registration.jobIds[0];
          if (!jobId) throw new AppError('VIDEO_NOT_EVALUATED_JOB');
          requireFound(await findCompanyJob(tx, member.companyId, jobId), '职位不存在');
          applicationId = (
            await insertFairApplication(tx, {
              seekerAccountId: found.seekerAccountId,
              jobId,
              companyId: member.companyId,
            })
          ).id;
        }
      }
      await moveInterview(tx, interviewId, ['completed'], {
        state: 'completed',
        score: options.score,
        tags: options.tags,
        comment: options.comment,
        nextStep: options.nextStep,
        evaluatedAt: now,
        evaluatedBy: member.accountId,
        applicationId,
      });
      return { row: found, applicationId };
    });
  // A concurrent first filing of the same student's record loses the unique index: file again (it is found then).
  const filed = await file().catch((error: unknown) => {
    if (isUniqueViolation(error)) return file();
    throw error;
  });
  await markApplications(ctx, { member, ids: [filed.applicationId], mark: step.mark });
  await announceVideoInterview(ctx, filed.row);
  return presentCompanyInterview(ctx.db, member.companyId, interviewId, now);
}
