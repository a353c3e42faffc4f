import { and, asc, desc, eq, max } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { companies, reviewRequests, storedFiles, universities } from '../../db/schema';

// All SQL of 高校信息 and the public university page.

export type UniversityRow = typeof universities.$inferSelect;

export async function findUniversity(db: Executor, universityId: string): Promise<UniversityRow | undefined> {
  const [row] = await db.select().from(universities).where(eq(universities.id, universityId));
  return row;
}

/** The university locked until the transaction ends: its profile changes one save at a time. */
export async function lockUniversity(db: Executor, universityId: string): Promise<UniversityRow | undefined> {
  const [row] = await db.select().from(universities).where(eq(universities.id, universityId)).for('update');
  return row;
}

export async function updateUniversity(
  db: Executor,
  universityId: string,
  values: Partial<
    Pick<
      UniversityRow,
      'logoFileId' | 'address' | 'campuses' | 'contactName' | 'contactPhone' | 'contactEmail' | 'introduction'
    >
  >,
): Promise<UniversityRow> {
  const [row] = await db
    .update(universities)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(universities.id, universityId))
    .returning();
  return row!;
}

/**
 * 已入驻单位: verified companies whose 入驻 request to the university was approved (the review
 * engine's `university_entry` kind, decided by the university), newest entry first.
 */
export async function findEnteredCompanies(db: Executor, universityId: string, limit: number) {
  const enteredAt = max(reviewRequests.decidedAt);
  return db
    .select({ id: companies.id, name: companies.name, logoFileId: companies.logoFileId, enteredAt })
    .from(reviewRequests)
    .innerJoin(companies, eq(companies.id, reviewRequests.subjectId))
    .where(
      and(
        // A string, not the kinds' type: the list works before and after the kind exists.
        eq(reviewRequests.kind, 'university_entry' as typeof reviewRequests.$inferSelect.kind),
        eq(reviewRequests.state, 'approved'),
        eq(reviewRequests.reviewerUniversityId, universityId),
        eq(companies.verificationState, 'verified'),
      ),
    )
    .groupBy(companies.id)
    .orderBy(desc(enteredAt), asc(companies.id))
    .limit(limit);
}

export async function findStoredFile(db: Executor, fileId: string) {
  const [row] = await db.select().from(storedFiles).where(eq(storedFiles.id, fileId));
  return row;
}

/** Deletes the rows and returns their storage keys, for removal once the transaction has committed. */
export async function deleteStoredFile(db: Executor, fileId: string): Promise<string[]> {
  const rows = await db
    .delete(storedFiles)
    .where(eq(storedFiles.id, fileId))
    .returning({ key: storedFiles.storageKey });
  return rows.map((row) => row.key);
}
