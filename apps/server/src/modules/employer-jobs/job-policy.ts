import {
  canDoJobAction,
  type ErrorCode,
  JOB_ACTIONS,
  type JobAction,
  type PublishingPermission,
} from '@openrecruit/shared';
import type { FastifyRequest } from 'fastify';
import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import { caller } from '../../plugins/auth';
import type { CompanyStaff } from '../employer-applications/company-staff';
import { findCompanyJob, type JobRow } from './employer-jobs.repository';

// Who may do what in 职位管理: the caller's company only, the job's state (JOB_ACTIONS), and the
// company's verification for publishing (seed 002; docs/decisions/009-employer-onboarding.md).

/** The HR member acting and their company: every job below is looked up within it. */
export function staffOf(request: FastifyRequest): CompanyStaff {
  const { account } = caller(request);
  if (!account.companyId) throw new AppError('FORBIDDEN', '该账号未关联单位');
  return { accountId: account.id, companyId: account.companyId };
}

export const jobNotFound = () => new AppError('NOT_FOUND', '职位不存在或已删除');

/** A job of the caller's company that is not deleted, or 404 (never a hint that it exists elsewhere). */
export async function getOwnJob(db: Executor, staff: CompanyStaff, jobId: string): Promise<JobRow> {
  const job = await findCompanyJob(db, staff.companyId, jobId);
  if (!job) throw jobNotFound();
  return job;
}

const REFUSAL_CODES: Record<JobAction, ErrorCode> = {
  edit: 'INVALID_STATE',
  offline: 'JOB_NOT_RECRUITING',
  republish: 'INVALID_STATE',
  delete: 'JOB_NOT_OFFLINE',
  share: 'JOB_NOT_RECRUITING',
  pin: 'JOB_NOT_RECRUITING',
};

/** Refuses an action the job's state does not allow, with the reason (409). */
export function requireJobAction(action: JobAction, job: Pick<JobRow, 'state'>) {
  if (!canDoJobAction(action, job.state))
    throw new AppError(REFUSAL_CODES[action], JOB_ACTIONS[action].refusal);
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
