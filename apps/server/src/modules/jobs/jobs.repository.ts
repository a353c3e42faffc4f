import { and, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { applications, companies, favourites, jobPins, jobs, seekers } from '../../db/schema';
import { jobSummaryColumns } from './job-summary-columns';

// The job reads of the seeker's search and detail pages. The search index has its own repository.

/** What the search index copies from a job. */
export async function findJobsToIndex(db: Executor, jobIds: string[]) {
  return db
    .select({
      id: jobs.id,
      title: jobs.title,
      occupation: jobs.occupation,
      state: jobs.state,
      publishedAt: jobs.publishedAt,
      workArea: jobs.workArea,
      education: jobs.education,
      workNature: jobs.workNature,
      ageMin: jobs.ageMin,
      ageMax: jobs.ageMax,
      companyVerified: sql<boolean>`${companies.verificationState} = 'verified'`,
    })
    .from(jobs)
    .innerJoin(companies, eq(companies.id, jobs.companyId))
    .where(inArray(jobs.id, jobIds));
}
export type JobToIndex = Awaited<ReturnType<typeof findJobsToIndex>>[number];

/** The list rows of a search page, in no particular order (the caller keeps the page's order). */
export async function findJobSummaries(db: Executor, jobIds: string[]) {
  return db
    .select(jobSummaryColumns)
    .from(jobs)
    .innerJoin(companies, eq(companies.id, jobs.companyId))
    .where(and(inArray(jobs.id, jobIds), eq(jobs.state, 'recruiting')));
}
export type JobSummaryRow = Awaited<ReturnType<typeof findJobSummaries>>[number];

/** A job with its company, in any state (a stopped job still opens, saying so). */
export async function findJobDetail(db: Executor, jobId: string) {
  const [row] = await db
    .select({
      job: jobs,
      company: {
        id: companies.id,
        name: companies.name,
        nature: companies.nature,
        industry: companies.industry,
        address: companies.address,
        introduction: companies.introduction,
        shortName: companies.shortName,
        scale: companies.scale,
        website: companies.website,
        logoFileId: companies.logoFileId,
        photoFileIds: companies.photoFileIds,
        benefitTags: companies.benefitTags,
      },
    })
    .from(jobs)
    // A company that is not verified does not appear to seekers (issue 4): its jobs answer 404.
    .innerJoin(companies, and(eq(companies.id, jobs.companyId), eq(companies.verificationState, 'verified')))
    // A deleted job (删除, docs/decisions/010) leaves the job page and its share links for good.
    .where(and(eq(jobs.id, jobId), isNull(jobs.deletedAt)));
  return row;
}
export type JobDetailRow = NonNullable<Awaited<ReturnType<typeof findJobDetail>>>;

export async function isFavourite(db: Executor, seekerAccountId: string, jobId: string) {
  const [row] = await db
    .select({ jobId: favourites.jobId })
    .from(favourites)
    .where(and(eq(favourites.seekerAccountId, seekerAccountId), eq(favourites.jobId, jobId)));
  return row !== undefined;
}

/** The seeker's current (not withdrawn) application to the job, if any. */
export async function findCurrentApplication(db: Executor, seekerAccountId: string, jobId: string) {
  const [row] = await db
    .select({ id: applications.id, state: applications.state })
    .from(applications)
    .where(
      and(
        eq(applications.seekerAccountId, seekerAccountId),
        eq(applications.jobId, jobId),
        isNull(applications.withdrawnAt),
      ),
    );
  return row;
}

/** Whether a pin covers the job today (Asia/Shanghai calendar day), in any area. */
export async function isPinnedOn(db: Executor, jobId: string, today: string) {
  const [row] = await db
    .select({ id: jobPins.id })
    .from(jobPins)
    .where(and(eq(jobPins.jobId, jobId), lte(jobPins.startDate, today), gte(jobPins.endDate, today)))
    .limit(1);
  return row !== undefined;
}

/** What the search and the job page need of the seeker: age, education, and a completed profile. */
export async function findSeekerFacts(db: Executor, accountId: string) {
  const [row] = await db
    .select({
      birthDate: seekers.birthDate,
      education: seekers.education,
      profileCompletedAt: seekers.profileCompletedAt,
    })
    .from(seekers)
    .where(eq(seekers.accountId, accountId));
  return row;
}
