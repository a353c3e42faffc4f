import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accounts, storedFiles } from '../../db/schema';

// The SQL of 申请管理员 (seed 002 公司设置 三) besides the review request itself (modules/reviews).

/** The company's 单位管理员 (one at most). */
export async function findCompanyAdmin(db: Executor, companyId: string) {
  const [row] = await db
    .select({ id: accounts.id, name: accounts.displayName })
    .from(accounts)
    .where(and(eq(accounts.companyId, companyId), eq(accounts.companyRole, 'admin')));
  return row;
}

/** The applicant's row locked until the transaction ends: one person's submissions go one at a time. */
export async function lockApplicant(tx: Executor, accountId: string) {
  const [row] = await tx.select().from(accounts).where(eq(accounts.id, accountId)).for('update');
  return row;
}

/** The upload, if the person uploaded it. */
export async function findOwnUpload(db: Executor, where: { fileId: string; ownerAccountId: string }) {
  const [row] = await db
    .select({ id: storedFiles.id })
    .from(storedFiles)
    .where(and(eq(storedFiles.id, where.fileId), eq(storedFiles.ownerAccountId, where.ownerAccountId)));
  return row;
}
