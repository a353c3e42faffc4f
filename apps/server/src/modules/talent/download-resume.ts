import { type DownloadResult, live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { shanghaiDate } from '../../lib/shanghai-time';
import type { CompanyMember } from '../../plugins/access';
import { recordSecurityEvent } from '../identity/security-events';
import { notifyAccount } from '../notifications/notify-account';
import { mapTalent } from './map-talent';
import { consumeRight } from './rights';
import {
  findAppliedToCompany,
  findCompanyJob,
  findCompanyName,
  findDownload,
  findDownloadedBy,
  findRecommendedTalent,
  findRecruitingJobs,
  findTalent,
  insertApplicationFrom,
  insertDownload,
  setDownloadApplication,
} from './talent.repository';

export interface DownloadResumeOptions {
  member: CompanyMember;
  seekerAccountId: string;
  jobId: string;
  ip: string;
}

/**
 * Seed 002 人才推荐下载: the company gets the resume's contact details and the resume is filed in
 * 简历管理>未处理 (an application with source 'talent_download', the company's copy: it is not in the
 * seeker's 我的应聘 nor one of the 10 places). One 简历下载 right is used per company and seeker: the
 * download's primary key is the claim, so a second 下载 (or a double click) reads the first, free.
 * A seeker who applied to the company costs nothing either: 简历管理 has the resume already, so the
 * download points at that application and files nothing new (decision 018).
 */
export async function downloadResume(
  ctx: AppContext,
  options: DownloadResumeOptions,
): Promise<DownloadResult> {
  const { member, seekerAccountId, jobId } = options;
  const key = { companyId: member.companyId, seekerAccountId };
  const outcome = await ctx.db.transaction(async (tx) => {
    const earlier = await findDownload(tx, member.companyId, seekerAccountId);
    if (earlier) return { download: earlier, rightUsed: false, alreadyApplied: false };
    const [job] = await findRecruitingJobs(tx, member.companyId, jobId);
    if (!job) throw new AppError('NOT_FOUND', '职位不存在或已停止招聘');
    if (!(await findRecommendedTalent(tx, member.companyId, seekerAccountId))) {
      throw new AppError('NOT_FOUND', '该人才不存在或已关闭简历推荐');
    }
    const claimed = await insertDownload(tx, { ...key, jobId, downloadedBy: member.accountId });
    if (!claimed) {
      // A concurrent 下载 of the same seeker committed first: it used the right, this one reads it.
      const first = (await findDownload(tx, member.companyId, seekerAccountId))!;
      return { download: first, rightUsed: false, alreadyApplied: false };
    }
    const own = await findAppliedToCompany(tx, member.companyId, seekerAccountId, jobId);
    if (own) {
      await setDownloadApplication(tx, key, own.id);
      return { download: { ...claimed, applicationId: own.id }, rightUsed: false, alreadyApplied: true };
    }
    const filed = await insertApplicationFrom(tx, {
      seekerAccountId,
      jobId,
      companyId: member.companyId,
      source: 'talent_download',
    });
    await setDownloadApplication(tx, key, filed.id);
    await consumeRight(tx, {
      companyId: member.companyId,
      right: 'resume_download',
      reference: `resume_download:${seekerAccountId}`,
      usedBy: member.accountId,
    });
    return { download: { ...claimed, applicationId: filed.id }, rightUsed: true, alreadyApplied: false };
  });

  const { download, rightUsed, alreadyApplied } = outcome;
  if (rightUsed) {
    const companyName = await findCompanyName(ctx.db, member.companyId);
    await notifyAccount(ctx, {
      accountId: seekerAccountId,
      kind: 'resume_downloaded',
      title: '简历被下载',
      body: `${companyName}下载了您的简历`,
      link: '/m/resume',
    });
    await publishAfterCommit(
      ctx,
      live.company(member.companyId, {
        type: 'applications.changed',
        data: { applicationId: download.applicationId ?? undefined },
      }),
    );
    await publishAfterCommit(
      ctx,
      live.company(member.companyId, { type: 'rights.changed', data: { right: 'resume_download' } }),
    );
  }
  const talent = await findTalent(ctx.db, member.companyId, seekerAccountId);
  const job = await findCompanyJob(ctx.db, member.companyId, download.jobId);
  if (!talent || !job) throw new AppError('NOT_FOUND');
  // PIPL: every reading of the contact details is written to the audit log.
  await recordSecurityEvent(ctx, {
    kind: 'personal_data_read',
    accountId: member.accountId,
    ip: options.ip,
    detail: { seekerAccountId, via: 'talent_download', fields: ['name', 'mobile'] },
  });
  return {
    talent: mapTalent(talent, { today: shanghaiDate(), cipher: ctx.cipher, reveal: true }),
    job: { id: job.id, title: job.title },
    applicationId: download.applicationId,
    downloadedAt: download.createdAt.toISOString(),
    downloadedBy: await findDownloadedBy(ctx.db, download.downloadedBy),
    rightUsed,
    alreadyApplied,
  };
}
