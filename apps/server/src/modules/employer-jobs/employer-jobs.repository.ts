import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  ilike,
  inArray,
  isNull,
  lt,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { applications, companies, jobPins, jobs, universities } from '../../db/schema';

// All SQL of 职位管理. Every read of a job names the company and leaves deleted jobs out, so another
// company's job, or a deleted one, is simply not found.

export type JobRow = typeof jobs.$inferSelect;
export type PinRow = typeof jobPins.$inferSelect;

const ownJob = (companyId: string, jobId: string) =>
  and(eq(jobs.id, jobId), eq(jobs.companyId, companyId), isNull(jobs.deletedAt));

export async function findCompany(db: Executor, companyId: string) {
  const [row] = await db
    .select({
      id: companies.id,
      name: companies.name,
      verificationState: companies.verificationState,
      logoFileId: companies.logoFileId,
    })
    .from(companies)
    .where(eq(companies.id, companyId));
  return row;
}

/** Locks the company row: two publications of one company run one after the other. */
export async function lockCompany(tx: Executor, companyId: string) {
  const [row] = await tx
    .select({ id: companies.id, verificationState: companies.verificationState })
    .from(companies)
    .where(eq(companies.id, companyId))
    .for('update');
  return row;
}

/** A job of the company with this title and work area created since `since` (a double submission). */
export async function findRecentTwin(
  tx: Executor,
  twin: { companyId: string; title: string; workArea: string; since: Date },
) {
  const [row] = await tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        eq(jobs.companyId, twin.companyId),
        eq(jobs.title, twin.title),
        eq(jobs.workArea, twin.workArea),
        gt(jobs.createdAt, twin.since),
        isNull(jobs.deletedAt),
      ),
    )
    .limit(1);
  return row;
}

export async function insertJob(tx: Executor, values: typeof jobs.$inferInsert) {
  const [row] = await tx.insert(jobs).values(values).returning();
  return row!;
}

export async function findCompanyJob(db: Executor, companyId: string, jobId: string) {
  const [row] = await db.select().from(jobs).where(ownJob(companyId, jobId));
  return row;
}

/** The job, locked until the transaction ends, so two changes of one job cannot race. */
export async function lockCompanyJob(tx: Executor, companyId: string, jobId: string) {
  const [row] = await tx.select().from(jobs).where(ownJob(companyId, jobId)).for('update');
  return row;
}

export async function updateJob(tx: Executor, jobId: string, changes: Partial<typeof jobs.$inferInsert>) {
  const [row] = await tx
    .update(jobs)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(jobs.id, jobId))
    .returning();
  return row!;
}

function escapeLike(keyword: string): string {
  return keyword.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function listConditions(companyId: string, keyword: string | undefined): SQL[] {
  const conditions = [eq(jobs.companyId, companyId), isNull(jobs.deletedAt)];
  if (keyword) {
    const pattern = `%${escapeLike(keyword)}%`;
    conditions.push(or(ilike(jobs.title, pattern), ilike(jobs.occupation, pattern))!);
  }
  return conditions;
}

// Written out: inside a subquery drizzle would leave both columns unqualified (job_id = id).
const applicationCount = sql<number>`(SELECT count(*)::int FROM applications a WHERE a.job_id = ${jobs}.id)`;

/** One page of a tab: 招聘中 newest published first, 已下架 latest taken offline first. */
export async function findCompanyJobPage(
  db: Executor,
  page: {
    companyId: string;
    state: 'recruiting' | 'offline';
    keyword?: string;
    offset: number;
    limit: number;
  },
) {
  const order =
    page.state === 'recruiting'
      ? [desc(jobs.publishedAt), desc(jobs.id)]
      : [sql`${jobs.offlineAt} DESC NULLS LAST`, desc(jobs.id)];
  return db
    .select({ job: jobs, applicationCount })
    .from(jobs)
    .where(and(...listConditions(page.companyId, page.keyword), eq(jobs.state, page.state)))
    .orderBy(...order)
    .limit(page.limit)
    .offset(page.offset);
}
export type JobPageRow = Awaited<ReturnType<typeof findCompanyJobPage>>[number];

/** How many jobs each tab holds (with the keyword, if any). */
export async function countCompanyJobs(db: Executor, companyId: string, keyword: string | undefined) {
  const rows = await db
    .select({ state: jobs.state, n: count() })
    .from(jobs)
    .where(and(...listConditions(companyId, keyword)))
    .groupBy(jobs.state);
  const of = (state: string) => rows.find((row) => row.state === state)?.n ?? 0;
  return { recruiting: of('recruiting'), offline: of('offline') };
}

export async function countApplicationsOf(db: Executor, jobId: string) {
  const [row] = await db.select({ n: count() }).from(applications).where(eq(applications.jobId, jobId));
  return row?.n ?? 0;
}

/** The pins of these jobs that end on or after `fromDate` (current and coming ones). */
export async function findPinsOfJobs(db: Executor, jobIds: string[], fromDate: string) {
  if (jobIds.length === 0) return [];
  return db
    .select()
    .from(jobPins)
    .where(and(inArray(jobPins.jobId, jobIds), gte(jobPins.endDate, fromDate)))
    .orderBy(asc(jobPins.startDate), asc(jobPins.createdAt));
}

/** Every pin of one job, newest first. */
export async function findPinsOfJob(db: Executor, jobId: string) {
  return db
    .select()
    .from(jobPins)
    .where(eq(jobPins.jobId, jobId))
    .orderBy(desc(jobPins.startDate), desc(jobPins.createdAt));
}

/** A pin of the job whose dates and areas meet the new one's. */
export async function findOverlappingPin(
  tx: Executor,
  pin: { jobId: string; areas: string[]; startDate: string; endDate: string },
) {
  const [row] = await tx
    .select({ id: jobPins.id })
    .from(jobPins)
    .where(
      and(
        eq(jobPins.jobId, pin.jobId),
        lte(jobPins.startDate, pin.endDate),
        gte(jobPins.endDate, pin.startDate),
        sql`${jobPins.areas} && ${sql.param(pin.areas)}::text[]`,
      ),
    )
    .limit(1);
  return row;
}

export async function insertPin(tx: Executor, values: typeof jobPins.$inferInsert) {
  const [row] = await tx.insert(jobPins).values(values).returning();
  return row!;
}

export async function findPin(db: Executor, jobId: string, pinId: string) {
  const [row] = await db
    .select()
    .from(jobPins)
    .where(and(eq(jobPins.id, pinId), eq(jobPins.jobId, jobId)));
  return row;
}

/**
 * Ends the job's pins as of `today` (Asia/Shanghai): the ones not started yet go, the running ones
 * end yesterday; the ended ones stay as they were (history).
 */
export async function endPinsOfJob(tx: Executor, jobId: string, today: string) {
  await tx.delete(jobPins).where(and(eq(jobPins.jobId, jobId), gte(jobPins.startDate, today)));
  await tx
    .update(jobPins)
    .set({ endDate: sql`(${today}::date - 1)` })
    .where(and(eq(jobPins.jobId, jobId), lt(jobPins.startDate, today), gte(jobPins.endDate, today)));
}

export async function endPin(tx: Executor, pin: PinRow, today: string) {
  if (pin.startDate >= today) await tx.delete(jobPins).where(eq(jobPins.id, pin.id));
  else
    await tx
      .update(jobPins)
      .set({ endDate: sql`(${today}::date - 1)` })
      .where(eq(jobPins.id, pin.id));
}

export async function findUniversities(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: universities.id, name: universities.name })
    .from(universities)
    .where(inArray(universities.id, ids));
}
