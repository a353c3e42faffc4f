import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { companies, jobs, reviewRequests, storedFiles } from '../../db/schema';

// All SQL of 公司设置: the company row, its verification-change requests and its brand files.

export type CompanyRow = typeof companies.$inferSelect;

export async function findCompany(db: Executor, companyId: string): Promise<CompanyRow | undefined> {
  const [row] = await db.select().from(companies).where(eq(companies.id, companyId));
  return row;
}

/** The company row locked until the transaction ends: changes of one company happen one at a time. */
export async function lockCompany(tx: Executor, companyId: string): Promise<CompanyRow | undefined> {
  const [row] = await tx.select().from(companies).where(eq(companies.id, companyId)).for('update');
  return row;
}

export async function updateCompany(
  tx: Executor,
  companyId: string,
  values: Partial<typeof companies.$inferInsert>,
): Promise<void> {
  await tx
    .update(companies)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(companies.id, companyId));
}

/** Another company already registered under this code, if any. */
export async function findOtherCompanyWithCode(db: Executor, companyId: string, code: string) {
  const [row] = await db
    .select({ id: companies.id })
    .from(companies)
    .where(and(eq(companies.code, code), ne(companies.id, companyId)));
  return row;
}

/** The company's verification changes, newest first (a handful at most). */
export async function findVerificationChanges(db: Executor, companyId: string, limit = 20) {
  return db
    .select({
      id: reviewRequests.id,
      state: reviewRequests.state,
      createdAt: reviewRequests.createdAt,
      decidedAt: reviewRequests.decidedAt,
      reason: reviewRequests.reason,
      // The verification_change kind's payload (modules/reviews/kinds/verification-change.ts).
      companyData: sql<Record<string, unknown>>`${reviewRequests.payload} -> 'company'`,
    })
    .from(reviewRequests)
    .where(and(eq(reviewRequests.subjectId, companyId), eq(reviewRequests.kind, 'verification_change')))
    .orderBy(desc(reviewRequests.createdAt), desc(reviewRequests.id))
    .limit(limit);
}

export async function findCompanyJobIds(db: Executor, companyId: string): Promise<string[]> {
  const rows = await db.select({ id: jobs.id }).from(jobs).where(eq(jobs.companyId, companyId));
  return rows.map((row) => row.id);
}

export async function findStoredFile(db: Executor, fileId: string) {
  const [row] = await db.select().from(storedFiles).where(eq(storedFiles.id, fileId));
  return row;
}

/** Deletes the rows and returns their storage keys, for removal once the transaction has committed. */
export async function deleteStoredFiles(db: Executor, fileIds: string[]): Promise<string[]> {
  if (!fileIds.length) return [];
  const rows = await db
    .delete(storedFiles)
    .where(inArray(storedFiles.id, fileIds))
    .returning({ key: storedFiles.storageKey });
  return rows.map((row) => row.key);
}
