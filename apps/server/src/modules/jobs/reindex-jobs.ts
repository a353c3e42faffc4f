import type { Executor } from '../../db/client';
import { findJobsToIndex, type JobToIndex } from './jobs.repository';
import { analyzeTerms, deleteTermsOfJobs, insertTermRows, type TermRow } from './search.repository';
import { ALL_JOBS_TERM, ageTermsOf, keywordTermsOf, searchTextOf } from './search-terms';

// Jobs read per statement, and index rows written per statement (9 arrays, any length).
const JOBS_PER_BATCH = 2_000;
const ROWS_PER_INSERT = 20_000;

/**
 * The index rows of one job: none unless it is recruiting at a verified company (an unverified
 * company does not appear to seekers; docs/decisions/008-job-search.md).
 */
export function termRowsOf(job: JobToIndex): TermRow[] {
  if (job.state !== 'recruiting' || !job.companyVerified) return [];
  const copied = {
    jobId: job.id,
    publishedAt: job.publishedAt,
    workArea: job.workArea,
    education: job.education ?? '',
    workNature: job.workNature,
    ageMin: job.ageMin,
    ageMax: job.ageMax,
  };
  const { unigrams, bigrams } = keywordTermsOf(job);
  const searchText = searchTextOf(job);
  // A unigram's rows are exactly its matches and '' has no keyword: no text to check on them.
  return [
    { ...copied, term: ALL_JOBS_TERM, searchText: null },
    ...unigrams.map((term) => ({ ...copied, term, searchText: null })),
    ...[...bigrams, ...ageTermsOf(job)].map((term) => ({ ...copied, term, searchText })),
  ];
}

/**
 * Brings the search index in line with the jobs as they are now: call it in the transaction that
 * creates, edits, takes offline, republishes or deletes a job, after the change, so the index
 * commits (or rolls back) with it. Takes any number of jobs.
 */
export async function reindexJobs(tx: Executor, jobIds: readonly string[]): Promise<void> {
  await writeTermRows(tx, jobIds, { replace: true });
}

/** `reindexJobs` for one job. */
export function reindexJob(tx: Executor, jobId: string): Promise<void> {
  return reindexJobs(tx, [jobId]);
}

/**
 * Indexes jobs that were just inserted and have no index rows yet, without looking for old rows,
 * then refreshes the planner's statistics: the bulk path of the demo data and the benchmark.
 */
export async function indexNewJobs(tx: Executor, jobIds: readonly string[]): Promise<void> {
  await writeTermRows(tx, jobIds, { replace: false });
  await analyzeTerms(tx);
}

async function writeTermRows(tx: Executor, jobIds: readonly string[], options: { replace: boolean }) {
  for (let i = 0; i < jobIds.length; i += JOBS_PER_BATCH) {
    const batch = jobIds.slice(i, i + JOBS_PER_BATCH);
    const found = await findJobsToIndex(tx, batch);
    if (options.replace) await deleteTermsOfJobs(tx, batch);
    const rows = found.flatMap(termRowsOf);
    for (let j = 0; j < rows.length; j += ROWS_PER_INSERT) {
      await insertTermRows(tx, rows.slice(j, j + ROWS_PER_INSERT));
    }
  }
}
