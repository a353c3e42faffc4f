import type { PublishingPermission } from '@openrecruit/shared';
import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import { type CompanyMember, notFound, requireFound } from '../../plugins/access';
import { findCompanyJob, type JobRow } from './employer-jobs.repository';

// Who may do what in 职位管理: the caller's company only, the job's state (job-machine.ts), and the
// company's verification for publishing (seed 002; docs/decisions/009-employer-onboarding.md).

export const jobNotFound = () => notFound('职位不存在或已删除');

/** A job of the caller's company that is not deleted, or 404 (never a hint that it exists elsewhere). */
export async function getOwnJob(db: Executor, member: CompanyMember, jobId: string): Promise<JobRow> {
  return requireFound(await findCompanyJob(db, member.companyId, jobId), '职位不存在或已删除');
}

/** Seed 002: only a verified company publishes; the reason says what to do otherwise. */
export function publishingPermissionOf(verificationState: string): PublishingPermission {
  switch (verificationState) {
    case 'verified':
      return { allowed: true, reason: null };
    case 'pending':
      return {
        allowed: false,
        reason: '单位认证资料正在审核中（一个工作日内审核完毕），审核通过后即可发布职位。',
      };
    default:
      return {
        allowed: false,
        reason:
          '单位认证未通过，暂不能发布职位。请在“公司设置 > 认证信息”中修改认证资料并重新提交，审核通过后即可发布。',
      };
  }
}

export function requirePublishing(verificationState: string | undefined) {
  const permission = publishingPermissionOf(verificationState ?? 'pending');
  if (!permission.allowed) throw new AppError('COMPANY_NOT_VERIFIED', permission.reason ?? undefined);
}
