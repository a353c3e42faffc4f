import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { companies, favourites, jobPins, jobs, seekers } from '../../db/schema';
import type { PageWindow } from '../../lib/paging';
import { shanghaiDate } from '../../lib/shanghai-time';
import { jobSummaryColumns } from '../jobs/job-summary-columns';
import { mapJobSummary } from '../jobs/map-job';

/** One page of the seeker's favourites, newest first, each with the job as it is now (a stopped job says so). */
export async function findFavouriteRows(db: Executor, seekerAccountId: string, window: PageWindow) {
  const rows = await db
    .select({
      job: {
        ...jobSummaryColumns,
        state: jobs.state,
        pinned: sql<boolean>`(${jobs.state} = 'recruiting' AND EXISTS (
          SELECT 1 FROM ${jobPins} WHERE ${jobPins.jobId} = ${jobs.id}
            AND ${shanghaiDate()}::date BETWEEN ${jobPins.startDate} AND ${jobPins.endDate}))`,
      },
      createdAt: favourites.createdAt,
    })
    .from(favourites)
    .innerJoin(jobs, eq(jobs.id, favourites.jobId))
    .innerJoin(companies, eq(companies.id, jobs.companyId))
    .where(eq(favourites.seekerAccountId, seekerAccountId))
    .orderBy(desc(favourites.createdAt), desc(jobs.id))
    .offset(window.offset)
    .limit(window.limit);
  return rows.map((row) => ({
    job: { ...mapJobSummary(row.job, Boolean(row.job.pinned)), state: row.job.state },
    createdAt: row.createdAt.toISOString(),
  }));
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
