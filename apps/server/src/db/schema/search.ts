import { index, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { jobs } from './jobs';

/**
 * The job search index (docs/decisions/008-job-search.md): one row per recruiting job and term
 * (modules/jobs/search-terms.ts: the all-jobs term '', each character and each pair of neighbouring
 * characters of the title and occupation, the young and old age bands), with the filter values and
 * the keyword text copied beside it, so a search reads one term's rows and never the jobs table
 * until the page is known. Written only by modules/jobs `reindexJobs`, in the transaction that
 * changes the job.
 */
export const jobSearchTerms = pgTable(
  'job_search_terms',
  {
    term: text().notNull(),
    jobId: uuid()
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    /** Copied from the job, in milliseconds (what a cursor carries). */
    publishedAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    workArea: text().notNull(),
    /** The required education level; '' when the job has none (不限), so a search can list it. */
    education: text().notNull(),
    workNature: text().notNull(),
    ageMin: smallint().notNull(),
    ageMax: smallint().notNull(),
    /** The normalised title and occupation, to check a keyword against; only on the rows that need it. */
    searchText: text(),
  },
  (t) => [
    primaryKey({ columns: [t.jobId, t.term] }),
    // Pages: a term's rows read backwards, newest first. Every column a search checks is in the
    // key, so no read visits the table.
    index('job_search_terms_newest_idx').on(
      t.term,
      t.publishedAt,
      t.jobId,
      t.workArea,
      t.education,
      t.workNature,
      t.ageMin,
      t.ageMax,
      t.searchText,
    ),
    // Counts, and pages of few matches: a term's rows by area, education and work nature, so the
    // filters narrow the read instead of being checked row by row.
    index('job_search_terms_filters_idx').on(
      t.term,
      t.workArea,
      t.education,
      t.workNature,
      t.ageMin,
      t.ageMax,
      t.publishedAt,
      t.jobId,
      t.searchText,
    ),
  ],
);
