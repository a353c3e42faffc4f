import type { EmployerJobDetail, EmployerJobValues } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import type { CompanyMember } from '../../plugins/access';
import { reindexJob } from '../jobs/reindex-jobs';
import { findRecentTwin, insertJob, lockCompany } from './employer-jobs.repository';
import { describeJob } from './get-company-job';
import { requirePublishing } from './job-policy';
import { announceJobChange, jobColumnsOf } from './job-values';

/** Two identical 保存 within this window are one double click, not two jobs. */
export const DUPLICATE_WINDOW_MS = 10_000;

export interface PublishJobOptions {
  member: CompanyMember;
  input: EmployerJobValues;
}

/**
 * Seed 002 新增 → 保存: the job is published into 招聘中 and the seeker search sees it at once.
 * The company row lock serialises one company's publications, so a double click (the same title
 * and work area twice within 10 s) creates one job and the second answers DUPLICATE_SUBMISSION.
 */
export async function publishJob(ctx: AppContext, options: PublishJobOptions): Promise<EmployerJobDetail> {
  const { member, input } = options;
  const job = await ctx.db.transaction(async (tx) => {
    const company = await lockCompany(tx, member.companyId);
    requirePublishing(company?.verificationState);
    const columns = await jobColumnsOf(tx, input);
    const now = new Date();
    const twin = await findRecentTwin(tx, {
      companyId: member.companyId,
      title: columns.title,
      workArea: columns.workArea,
      since: new Date(now.getTime() - DUPLICATE_WINDOW_MS),
    });
    if (twin)
      throw new AppError('DUPLICATE_SUBMISSION', '该职位刚刚已发布，请勿重复提交', { jobId: twin.id });
    const row = await insertJob(tx, {
      ...columns,
      companyId: member.companyId,
      createdBy: member.accountId,
      state: 'recruiting',
      publishedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await reindexJob(tx, row.id);
    return row;
  });
  await announceJobChange(ctx, member, job.id);
  return describeJob(ctx.db, job);
}
