import type { TalentOptions } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { CompanyMember } from '../../plugins/access';
import { findRecruitingJobs, findUniversities } from './talent.repository';

export interface GetTalentOptionsOptions {
  member: CompanyMember;
}

/** The job selector (人才推荐, 邀约) and the university filter (高校人才). */
export async function getTalentOptions(
  ctx: AppContext,
  options: GetTalentOptionsOptions,
): Promise<TalentOptions> {
  const jobs = await findRecruitingJobs(ctx.db, options.member.companyId);
  const universities = await findUniversities(ctx.db);
  return {
    jobs: jobs.map((job) => ({ id: job.id, title: job.title })),
    universities: universities.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
  };
}
