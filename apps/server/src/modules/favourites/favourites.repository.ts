import type { JobSummary } from '@openrecruit/shared';
import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { companies, favourites, jobPins, jobs, seekers } from '../../db/schema';

// Shanghai has no daylight saving: UTC+8 gives the calendar day job pins are written in.
function shanghaiToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** What a job list shows (seed 000 §三.4), from jobs joined with companies; pinned = a pin covers today. */
function jobSummaryColumns(today: string) {
  return {
    id: jobs.id,
    title: jobs.title,
    companyName: companies.name,
    salaryMin: jobs.salaryMin,
    salaryMax: jobs.salaryMax,
    education: jobs.education,
    ageMin: jobs.ageMin,
    ageMax: jobs.ageMax,
    headcount: jobs.headcount,
    workArea: jobs.workArea,
    publishedAt: jobs.publishedAt,
    state: jobs.state,
    pinned: sql<boolean>`(${jobs.state} = 'recruiting' AND EXISTS (
      SELECT 1 FROM ${jobPins} WHERE ${jobPins.jobId} = ${jobs.id}
        AND ${today}::date BETWEEN ${jobPins.startDate} AND ${jobPins.endDate}))`,
  };
}

interface JobSummaryRow {
  id: string;
  title: string;
  companyName: string;
  salaryMin: number;
  salaryMax: number;
  education: string | null;
  ageMin: number;
  ageMax: number;
  headcount: number;
  workArea: string;
  publishedAt: Date;
  state: 'recruiting' | 'offline';
  pinned: boolean;
}

export function mapJobSummary(row: JobSummaryRow): JobSummary & { state: JobSummaryRow['state'] } {
  return {
    id: row.id,
    title: row.title,
    companyName: row.companyName,
    salaryMin: row.salaryMin,
    salaryMax: row.salaryMax,
    education: row.education as JobSummary['education'],
    ageMin: row.ageMin,
    ageMax: row.ageMax,
    headcount: row.headcount,
    workArea: row.workArea,
    publishedAt: row.publishedAt.toISOString(),
    pinned: Boolean(row.pinned),
    state: row.state,
  };
}

/** The seeker's favourites, newest first, each with the job as it is now (a stopped job says so). */
export async function listFavourites(db: Executor, seekerAccountId: string) {
  const rows = await db
    .select({ job: jobSummaryColumns(shanghaiToday()), createdAt: favourites.createdAt })
    .from(favourites)
    .innerJoin(jobs, eq(jobs.id, favourites.jobId))
    .innerJoin(companies, eq(companies.id, jobs.companyId))
    .where(eq(favourites.seekerAccountId, seekerAccountId))
    .orderBy(desc(favourites.createdAt), desc(jobs.id));
  return rows.map((row) => ({ job: mapJobSummary(row.job), createdAt: row.createdAt.toISOString() }));
}

export async function findJobState(db: Executor, jobId: string) {
  const [row] = await db.select({ id: jobs.id, state: jobs.state }).from(jobs).where(eq(jobs.id, jobId));
  return row;
}

/** Serialises a seeker's favourite changes: concurrent adds wait here, then count what committed. */
export async function lockSeekerForFavourites(tx: Executor, seekerAccountId: string) {
  await tx
    .select({ accountId: seekers.accountId })
    .from(seekers)
    .where(eq(seekers.accountId, seekerAccountId))
    .for('update');
}

export async function countFavourites(db: Executor, seekerAccountId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(favourites)
    .where(eq(favourites.seekerAccountId, seekerAccountId));
  return row?.n ?? 0;
}

export async function hasFavourite(db: Executor, seekerAccountId: string, jobId: string) {
  const [row] = await db
    .select({ jobId: favourites.jobId })
    .from(favourites)
    .where(and(eq(favourites.seekerAccountId, seekerAccountId), eq(favourites.jobId, jobId)));
  return row !== undefined;
}

export async function insertFavourite(db: Executor, seekerAccountId: string, jobId: string) {
  await db.insert(favourites).values({ seekerAccountId, jobId }).onConflictDoNothing();
}

/** Returns whether there was such a favourite. */
export async function deleteFavourite(db: Executor, seekerAccountId: string, jobId: string) {
  const deleted = await db
    .delete(favourites)
    .where(and(eq(favourites.seekerAccountId, seekerAccountId), eq(favourites.jobId, jobId)))
    .returning({ jobId: favourites.jobId });
  return deleted.length > 0;
}
