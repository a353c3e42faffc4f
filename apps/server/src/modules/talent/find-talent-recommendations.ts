import { type EducationCode, TALENT_PAGE_SIZE, type TalentRecommendationPage } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { pageOf, pageWindow } from '../../lib/paging';
import { shanghaiDate } from '../../lib/shanghai-time';
import type { CompanyMember } from '../../plugins/access';
import { mapTalent, parseResume, toMatchCandidate } from './map-talent';
import { findRecommendedTalents, findRecruitingJobs, type RecruitingJobRow } from './talent.repository';
import { matchTalent, type TalentMatch } from './talent-match';

export interface FindTalentRecommendationsOptions {
  member: CompanyMember;
  jobId?: string;
  page: number;
}

/**
 * The newest resumes the matching looks at. Scoring runs here rather than in SQL because its
 * reasons are sentences; the window keeps a page's cost flat as more seekers opt in.
 */
export const RECOMMENDATION_POOL = 2000;

/**
 * Seed 002 人才推荐: seekers who allow recommendation, matched to the company's recruiting jobs
 * (one job, or each seeker's best job), best first, with the reasons; contact details hidden.
 */
export async function findTalentRecommendations(
  ctx: AppContext,
  options: FindTalentRecommendationsOptions,
): Promise<TalentRecommendationPage> {
  const { member } = options;
  const window = { page: options.page, pageSize: TALENT_PAGE_SIZE };
  const jobs = await findRecruitingJobs(ctx.db, member.companyId, options.jobId);
  if (options.jobId && jobs.length === 0) throw new AppError('NOT_FOUND', '职位不存在或已停止招聘');
  const today = shanghaiDate();
  const talents =
    jobs.length === 0 ? [] : await findRecommendedTalents(ctx.db, member.companyId, RECOMMENDATION_POOL);

  const matches: Array<{ row: (typeof talents)[number]; job: RecruitingJobRow; match: TalentMatch }> = [];
  for (const row of talents) {
    const candidate = toMatchCandidate(row, parseResume(row), today);
    let best: { job: RecruitingJobRow; match: TalentMatch } | undefined;
    for (const job of jobs) {
      const match = matchTalent(candidate, { ...job, education: job.education as EducationCode | null });
      if (match && (!best || match.score > best.match.score)) best = { job, match };
    }
    if (best) matches.push({ row, ...best });
  }
  // Best first; among equals the most recently updated resume (the pool's order) stays first.
  matches.sort((a, b) => b.match.score - a.match.score);

  const { offset, limit } = pageWindow(window);
  return pageOf(
    window,
    matches.slice(offset, offset + limit).map(({ row, job, match }) => ({
      ...mapTalent(row, { today, cipher: ctx.cipher, reveal: false }),
      job: { id: job.id, title: job.title },
      score: match.score,
      reasons: match.reasons,
    })),
    matches.length,
  );
}
