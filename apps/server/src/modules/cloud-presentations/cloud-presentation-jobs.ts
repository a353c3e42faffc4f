import type { Executor } from '../../db/client';
import { findJobTitles } from './cloud-presentations.repository';

/** The titles of the jobs the presentations name (a job deleted since is left out). */
export async function jobTitlesOf(db: Executor, rows: { jobIds: string[] }[]) {
  const titles = await findJobTitles(db, [...new Set(rows.flatMap((row) => row.jobIds))]);
  return new Map(titles.map((job) => [job.id, job.title]));
}
