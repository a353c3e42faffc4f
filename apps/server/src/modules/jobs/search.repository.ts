import { and, count, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { jobPins, jobSearchTerms as terms } from '../../db/schema';
import { rowsOf } from '../../lib/sql-rows';

// All SQL on the search index (docs/decisions/008-job-search.md). Every read names one term; pages
// order by (published_at, job_id) descending. PostgreSQL picks the index: newest-first for pages,
// the filters one for counts and for pages of few matches.

export interface TermRow {
  term: string;
  jobId: string;
  publishedAt: Date;
  workArea: string;
  education: string;
  workNature: string;
  ageMin: number;
  ageMax: number;
  searchText: string | null;
}

/** What a search reads: one term, the keyword to check on its rows if any, the filters (null = 不限). */
export interface TermQuery {
  term: string;
  verify: string | null;
  workAreas: string[] | null;
  educations: string[] | null;
  workNature: string | null;
  age: number | null;
}

export interface Posting {
  jobId: string;
  publishedAt: Date;
}

/** A term's newest rows: how many (up to the sample size) and the oldest, in epoch seconds. */
export interface TermSample {
  term: string;
  n: number;
  oldest: number | null;
}

function conditionsOf(query: TermQuery): SQL[] {
  const conditions = [eq(terms.term, query.term)];
  if (query.verify) conditions.push(sql`strpos(${terms.searchText}, ${query.verify}) > 0`);
  if (query.workAreas) conditions.push(inArray(terms.workArea, query.workAreas));
  if (query.educations) conditions.push(inArray(terms.education, query.educations));
  if (query.workNature) conditions.push(eq(terms.workNature, query.workNature));
  if (query.age !== null) conditions.push(lte(terms.ageMin, query.age), gte(terms.ageMax, query.age));
  return conditions;
}

const postingColumns = { jobId: terms.jobId, publishedAt: terms.publishedAt };
const newestFirst = [desc(terms.publishedAt), desc(terms.jobId)];

/** One page of matches after `after` (exclusive), newest first, leaving out `exclude` (the pinned jobs). */
export async function findPostings(
  db: Executor,
  query: TermQuery,
  page: { after: Posting | null; exclude: string[]; limit: number },
): Promise<Posting[]> {
  const conditions = conditionsOf(query);
  if (page.after) {
    conditions.push(
      sql`(${terms.publishedAt}, ${terms.jobId}) < (${page.after.publishedAt.toISOString()}::timestamptz, ${page.after.jobId}::uuid)`,
    );
  }
  if (page.exclude.length > 0)
    conditions.push(sql`${terms.jobId} <> ALL(${sql.param(page.exclude)}::uuid[])`);
  return db
    .select(postingColumns)
    .from(terms)
    .where(and(...conditions))
    .orderBy(...newestFirst)
    .limit(page.limit);
}

/** The number of matches, counted no further than `cap` (a count that stops, never a full count). */
export async function countPostings(db: Executor, query: TermQuery, cap: number): Promise<number> {
  const capped = db
    .select({ one: sql`1`.as('one') })
    .from(terms)
    .where(and(...conditionsOf(query)))
    .limit(cap)
    .as('capped');
  const [row] = await db.select({ n: count() }).from(capped);
  return row?.n ?? 0;
}

/** The matches pinned today (Asia/Shanghai) in one of `areas`, newest first, at most `limit`. */
export async function findPinnedPostings(
  db: Executor,
  query: TermQuery,
  pins: { areas: string[]; today: string; limit: number },
): Promise<Posting[]> {
  return db
    .selectDistinct(postingColumns)
    .from(jobPins)
    .innerJoin(terms, eq(terms.jobId, jobPins.jobId))
    .where(
      and(
        ...conditionsOf(query),
        sql`${jobPins.areas} && ${sql.param(pins.areas)}::text[]`,
        lte(jobPins.startDate, pins.today),
        gte(jobPins.endDate, pins.today),
      ),
    )
    .orderBy(...newestFirst)
    .limit(pins.limit);
}

/**
 * The newest `sample` rows of each term: how many there are (fewer than `sample` = all of them) and
 * the oldest publication among them (the further back, the rarer the term). Picks where a search
 * starts, reading at most `sample` rows per term.
 */
export async function sampleTerms(db: Executor, candidates: string[], sample: number) {
  const result = await db.execute(sql`
    SELECT candidate.term, s.n, s.oldest
    FROM unnest(${sql.param(candidates)}::text[]) AS candidate(term),
    LATERAL (
      SELECT count(*)::int AS n, extract(epoch FROM min(newest.published_at))::float8 AS oldest FROM (
        SELECT ${terms.publishedAt} FROM ${terms} WHERE ${terms.term} = candidate.term
        ORDER BY ${terms.publishedAt} DESC, ${terms.jobId} DESC LIMIT ${sample}) newest
    ) s`);
  return rowsOf<TermSample>(result);
}

/** Planner statistics after a bulk load (PGlite has no autovacuum to gather them). */
export async function analyzeTerms(db: Executor) {
  await db.execute(sql`ANALYZE ${terms}`);
}

export async function deleteTermsOfJobs(db: Executor, jobIds: string[]) {
  await db.delete(terms).where(inArray(terms.jobId, jobIds));
}

/** Inserts index rows column by column (unnest): one statement for thousands of rows. */
export async function insertTermRows(db: Executor, rows: TermRow[]) {
  if (rows.length === 0) return;
  const column = <K extends keyof TermRow>(key: K) => sql.param(rows.map((row) => row[key]));
  await db.execute(sql`
    INSERT INTO ${terms} (term, job_id, published_at, work_area, education, work_nature, age_min, age_max, search_text)
    SELECT * FROM unnest(${column('term')}::text[], ${column('jobId')}::uuid[],
      ${sql.param(rows.map((row) => row.publishedAt.toISOString()))}::timestamptz[], ${column('workArea')}::text[],
      ${column('education')}::text[], ${column('workNature')}::text[], ${column('ageMin')}::int2[],
      ${column('ageMax')}::int2[], ${column('searchText')}::text[])`);
}
