import { and, count, desc, eq, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  accounts,
  applications,
  companies,
  companyRightTerms,
  jobs,
  resumeDownloads,
  resumes,
  seekers,
  universities,
} from '../../db/schema';

// All SQL of the talent centre. Every employer query names the caller's company.

const matchJobColumns = {
  id: jobs.id,
  title: jobs.title,
  occupation: jobs.occupation,
  education: jobs.education,
  ageMin: jobs.ageMin,
  ageMax: jobs.ageMax,
  workArea: jobs.workArea,
  salaryMin: jobs.salaryMin,
  salaryMax: jobs.salaryMax,
  skills: jobs.skills,
  description: jobs.description,
};
export type RecruitingJobRow = Awaited<ReturnType<typeof findRecruitingJobs>>[number];

const isRecruitingJobOf = (companyId: string) =>
  and(eq(jobs.companyId, companyId), eq(jobs.state, 'recruiting'), isNull(jobs.deletedAt));

/** The company's recruiting jobs (one of them with `jobId`), newest first. */
export async function findRecruitingJobs(db: Executor, companyId: string, jobId?: string) {
  return db
    .select(matchJobColumns)
    .from(jobs)
    .where(and(isRecruitingJobOf(companyId), jobId ? eq(jobs.id, jobId) : undefined))
    .orderBy(desc(jobs.publishedAt), jobs.id);
}

export async function findCompanyName(db: Executor, companyId: string) {
  const [row] = await db.select({ name: companies.name }).from(companies).where(eq(companies.id, companyId));
  return row?.name ?? '';
}

/** The person behind a recommended resume: what the cards show, and the encrypted mobile for 下载. */
const talentColumns = (companyId: string) => ({
  accountId: seekers.accountId,
  name: seekers.name,
  sex: seekers.sex,
  birthDate: seekers.birthDate,
  education: seekers.education,
  mobileMasked: seekers.mobileMasked,
  mobileEnc: seekers.mobileEnc,
  educations: resumes.educations,
  experiences: resumes.experiences,
  skills: resumes.skills,
  jobIntention: resumes.jobIntention,
  selfIntroduction: resumes.selfIntroduction,
  updatedAt: resumes.updatedAt,
  downloaded: sql<boolean>`exists (select 1 from ${resumeDownloads} where ${resumeDownloads.companyId} = ${companyId} and ${resumeDownloads.seekerAccountId} = ${seekers.accountId})`,
});
export type TalentRow = Awaited<ReturnType<typeof findRecommendedTalents>>[number];

/** Seed 000's resume flag 允许推荐, on an account that can still log in. */
const isRecommendable = and(
  eq(resumes.allowRecommendation, true),
  eq(accounts.status, 'active'),
  isNull(accounts.closedAt),
);

function selectTalents(db: Executor, companyId: string) {
  return db
    .select(talentColumns(companyId))
    .from(resumes)
    .innerJoin(seekers, eq(seekers.accountId, resumes.accountId))
    .innerJoin(accounts, eq(accounts.id, resumes.accountId));
}

/**
 * The most recently updated recommendable resumes that state a job intention: the pool the
 * matching scores (talent-match.ts). Bounded so a page costs the same however many seekers opt in.
 */
export async function findRecommendedTalents(db: Executor, companyId: string, limit: number) {
  return selectTalents(db, companyId)
    .where(and(isRecommendable, sql`${resumes.jobIntention} is not null`))
    .orderBy(desc(resumes.updatedAt), resumes.accountId)
    .limit(limit);
}

export async function findRecommendedTalent(db: Executor, companyId: string, seekerAccountId: string) {
  const [row] = await selectTalents(db, companyId).where(
    and(isRecommendable, eq(resumes.accountId, seekerAccountId)),
  );
  return row;
}

/** Any seeker whose resume the company holds, recommendable or not any more. */
export async function findTalent(db: Executor, companyId: string, seekerAccountId: string) {
  const [row] = await selectTalents(db, companyId).where(eq(resumes.accountId, seekerAccountId));
  return row;
}

export async function findUniversities(db: Executor) {
  return db.select({ id: universities.id, name: universities.name }).from(universities);
}

/**
 * 高校人才: a resume whose education names a platform university (one of `schools`), or, with
 * `since` ('YYYY-MM'), ends in or after that month or not yet (在读).
 */
function isCampusTalent(schools: string[], since: string | null): SQL {
  const names = schools.length > 0 ? sql`array[${sql.join(schools, sql`, `)}]::text[]` : sql`array[]::text[]`;
  const recent = since === null ? sql`false` : sql`coalesce(e->>'endMonth', '9999-12') >= ${since}`;
  return sql`exists (select 1 from jsonb_array_elements(${resumes.educations}) as e
    where e->>'school' = any(${names}) or ${recent})`;
}

export interface CampusTalentFilter {
  companyId: string;
  schools: string[];
  since: string | null;
  offset: number;
  limit: number;
}

export async function selectCampusTalents(db: Executor, options: CampusTalentFilter) {
  const where = and(isRecommendable, isCampusTalent(options.schools, options.since));
  const rows = await selectTalents(db, options.companyId)
    .where(where)
    .orderBy(desc(resumes.updatedAt), resumes.accountId)
    .offset(options.offset)
    .limit(options.limit);
  const [total] = await db
    .select({ n: count() })
    .from(resumes)
    .innerJoin(accounts, eq(accounts.id, resumes.accountId))
    .where(where);
  return { rows, total: total?.n ?? 0 };
}

// ---- 下载 ----

/** Locks the company's download of the seeker, if there is one: a second 下载 reads it, free. */
export async function findDownload(db: Executor, companyId: string, seekerAccountId: string) {
  const [row] = await db
    .select()
    .from(resumeDownloads)
    .where(
      and(eq(resumeDownloads.companyId, companyId), eq(resumeDownloads.seekerAccountId, seekerAccountId)),
    );
  return row;
}

/** Claims the download; undefined when a concurrent request claimed it first (the primary key). */
export async function insertDownload(db: Executor, values: typeof resumeDownloads.$inferInsert) {
  const [row] = await db.insert(resumeDownloads).values(values).onConflictDoNothing().returning();
  return row;
}

export async function setDownloadApplication(
  db: Executor,
  key: { companyId: string; seekerAccountId: string },
  applicationId: string,
) {
  await db
    .update(resumeDownloads)
    .set({ applicationId })
    .where(
      and(
        eq(resumeDownloads.companyId, key.companyId),
        eq(resumeDownloads.seekerAccountId, key.seekerAccountId),
      ),
    );
}

export async function insertApplicationFrom(
  db: Executor,
  values: {
    seekerAccountId: string;
    jobId: string;
    companyId: string;
    source: 'talent_download' | 'invitation';
  },
) {
  const [row] = await db.insert(applications).values(values).returning({ id: applications.id });
  return row!;
}

const downloadedBy = sql<
  string | null
>`(select ${accounts.displayName} from ${accounts} where ${accounts.id} = ${resumeDownloads.downloadedBy})`;

/** The company's downloads, newest first, with each seeker's resume. */
export async function findDownloads(
  db: Executor,
  companyId: string,
  window: { offset: number; limit: number },
) {
  const rows = await db
    .select({
      talent: talentColumns(companyId),
      job: { id: jobs.id, title: jobs.title },
      applicationId: resumeDownloads.applicationId,
      downloadedAt: resumeDownloads.createdAt,
      downloadedBy,
    })
    .from(resumeDownloads)
    .innerJoin(seekers, eq(seekers.accountId, resumeDownloads.seekerAccountId))
    .innerJoin(resumes, eq(resumes.accountId, resumeDownloads.seekerAccountId))
    .innerJoin(jobs, eq(jobs.id, resumeDownloads.jobId))
    .where(eq(resumeDownloads.companyId, companyId))
    .orderBy(desc(resumeDownloads.createdAt), resumeDownloads.seekerAccountId)
    .offset(window.offset)
    .limit(window.limit);
  const [total] = await db
    .select({ n: count() })
    .from(resumeDownloads)
    .where(eq(resumeDownloads.companyId, companyId));
  return { rows, total: total?.n ?? 0 };
}

export async function findDownloadedBy(db: Executor, accountId: string | null) {
  if (!accountId) return null;
  const [row] = await db
    .select({ name: accounts.displayName })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  return row?.name ?? null;
}

/** A job of the company by id, whatever its state (the job a download or invitation was for). */
export async function findCompanyJob(db: Executor, companyId: string, jobId: string) {
  const [row] = await db
    .select({ id: jobs.id, title: jobs.title, state: jobs.state, deletedAt: jobs.deletedAt })
    .from(jobs)
    .where(and(eq(jobs.id, jobId), eq(jobs.companyId, companyId)));
  return row;
}

/** Until when the company may use the right (the latest package or membership that granted it). */
export async function findRightTerm(db: Executor, companyId: string, right: string) {
  const [row] = await db
    .select({ expiresAt: companyRightTerms.expiresAt })
    .from(companyRightTerms)
    .where(and(eq(companyRightTerms.companyId, companyId), eq(companyRightTerms.right, right)));
  return row;
}

/**
 * The seeker's own current application (投递 or 邀约) to the company, the given job's first: the
 * company already has the resume, so a download of it is free (decision 018).
 */
export async function findAppliedToCompany(
  db: Executor,
  companyId: string,
  seekerAccountId: string,
  jobId: string,
) {
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(
      and(
        eq(applications.companyId, companyId),
        eq(applications.seekerAccountId, seekerAccountId),
        ne(applications.source, 'talent_download'),
        isNull(applications.withdrawnAt),
      ),
    )
    .orderBy(sql`${applications.jobId} = ${jobId} DESC`, desc(applications.createdAt))
    .limit(1);
  return row;
}
