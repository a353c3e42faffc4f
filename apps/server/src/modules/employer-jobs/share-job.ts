import type { JobShare } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { CompanyMember } from '../../plugins/access';
import { findCompany } from './employer-jobs.repository';
import { jobMachine } from './job-machine';
import { getOwnJob } from './job-policy';

/** The seeker app's job page (apps/web SeekerArea: /m/jobs/:id opens without login). */
export function seekerJobPath(jobId: string): string {
  return `/m/jobs/${jobId}`;
}

export interface ShareJobOptions {
  member: CompanyMember;
  jobId: string;
  /** The site as the browser reached it: the link's base when PUBLIC_URL is not set. */
  origin: string;
}

/**
 * Seed 002 分享: only a 招聘中 job. The QR code opens the seeker's job page; its centre shows the
 * company logo (/api/public/companies/<id>/logo) when the company has one. The link leaves the
 * system, so it is built on PUBLIC_URL when set, not on the request's host (issue 10;
 * docs/decisions/013-production-defaults.md).
 */
export async function shareJob(ctx: AppContext, options: ShareJobOptions): Promise<JobShare> {
  const job = await getOwnJob(ctx.db, options.member, options.jobId);
  jobMachine.advance(job.state, 'share');
  const company = (await findCompany(ctx.db, options.member.companyId))!;
  const path = seekerJobPath(job.id);
  return {
    jobId: job.id,
    title: job.title,
    path,
    // Appended, not resolved: a PUBLIC_URL with a path (https://example.cn/jobs) keeps it.
    url: new URL(`${ctx.config.publicUrl ?? options.origin}${path}`).toString(),
    company: {
      id: company.id,
      name: company.name,
      logoUrl: company.logoFileId ? `/api/public/companies/${company.id}/logo` : null,
    },
  };
}
