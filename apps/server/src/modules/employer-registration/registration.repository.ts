import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accounts, companies, storedFiles, universities } from '../../db/schema';
import type { StaffLoginColumns } from '../identity/staff-login';

// The SQL of the sign-up wizard's submit: what it checks and the rows it creates.

export async function findUniversityOptions(db: Executor) {
  return db
    .select({ id: universities.id, name: universities.name })
    .from(universities)
    .orderBy(asc(universities.name));
}

export async function countUniversities(db: Executor, ids: string[]): Promise<number> {
  if (!ids.length) return 0;
  const rows = await db
    .select({ id: universities.id })
    .from(universities)
    .where(inArray(universities.id, ids));
  return rows.length;
}

export async function findStoredFile(db: Executor, fileId: string) {
  const [row] = await db.select().from(storedFiles).where(eq(storedFiles.id, fileId));
  return row;
}

export async function insertPendingCompany(tx: Executor, values: typeof companies.$inferInsert) {
  const [row] = await tx.insert(companies).values(values).returning({ id: companies.id });
  return row!;
}

/** The applicant's account: disabled and pending, so it cannot log in until someone approves. */
export async function insertApplicantAccount(
  tx: Executor,
  values: StaffLoginColumns & {
    displayName: string;
    passwordHash: string;
    companyId: string;
    companyRole: 'admin' | 'member';
  },
) {
  const [row] = await tx
    .insert(accounts)
    .values({ ...values, role: 'employer', status: 'disabled', approvalState: 'pending' })
    .returning({ id: accounts.id });
  return row!;
}

/** The uploads the request points at now belong to the applicant. */
export async function claimFiles(tx: Executor, fileIds: string[], ownerAccountId: string) {
  if (!fileIds.length) return;
  await tx.update(storedFiles).set({ ownerAccountId }).where(inArray(storedFiles.id, fileIds));
}
