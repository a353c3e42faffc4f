import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { companies, reviewRequests, universities } from '../../db/schema';

// All SQL of 入驻高校: an entry is the company's newest `university_entry` review request at a
// university (ADR 011); its state is the request's.

const entryOf = (companyId: string) =>
  and(eq(reviewRequests.kind, 'university_entry'), eq(reviewRequests.subjectId, companyId));

/** The company's row, locked: its entry requests are submitted one at a time (one pending each). */
export async function lockCompanyForEntries(tx: Executor, companyId: string) {
  const [row] = await tx
    .select({ id: companies.id })
    .from(companies)
    .where(eq(companies.id, companyId))
    .for('update');
  return row;
}

export async function findUniversityRows(db: Executor, ids?: string[]) {
  return db
    .select({ id: universities.id, name: universities.name, city: universities.city })
    .from(universities)
    .where(ids ? inArray(universities.id, ids) : undefined)
    .orderBy(asc(universities.name));
}

export async function countUniversityRows(db: Executor): Promise<number> {
  return db.$count(universities);
}

/** Every entry request of the company, newest first (the first per university is its state). */
export async function findEntryRequestRows(db: Executor, companyId: string, universityIds?: string[]) {
  return db
    .select({
      id: reviewRequests.id,
      universityId: reviewRequests.reviewerUniversityId,
      state: reviewRequests.state,
      reason: reviewRequests.reason,
      dueAt: reviewRequests.dueAt,
      decidedAt: reviewRequests.decidedAt,
      createdAt: reviewRequests.createdAt,
    })
    .from(reviewRequests)
    .where(
      and(
        entryOf(companyId),
        universityIds ? inArray(reviewRequests.reviewerUniversityId, universityIds) : undefined,
      ),
    )
    .orderBy(desc(reviewRequests.createdAt), desc(reviewRequests.id));
}

export async function findUniversityRowsPage(db: Executor, window: { offset: number; limit: number }) {
  return db
    .select({ id: universities.id, name: universities.name, city: universities.city })
    .from(universities)
    .orderBy(asc(universities.name), asc(universities.id))
    .limit(window.limit)
    .offset(window.offset);
}
