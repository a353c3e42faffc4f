import { and, asc, count, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { type AccountRow, accounts } from '../../db/schema';
import type { PageWindow } from '../../lib/paging';
import type { StaffLoginColumns } from '../identity/staff-login';

// All SQL of 公司成员: the company's HR accounts, always looked up within the admin's company.

/** Pending and rejected applicants are not members yet: they live in the join-request queue. */
export const isMemberOf = (companyId: string) =>
  and(
    eq(accounts.companyId, companyId),
    eq(accounts.role, 'employer'),
    eq(accounts.approvalState, 'approved'),
  );

const isMember = (companyId: string, accountId: string) =>
  and(eq(accounts.id, accountId), isMemberOf(companyId));

/** One page of the company's members, oldest first. */
export async function findMemberPage(
  db: Executor,
  companyId: string,
  window: PageWindow,
): Promise<AccountRow[]> {
  return db
    .select()
    .from(accounts)
    .where(isMemberOf(companyId))
    .orderBy(asc(accounts.createdAt), asc(accounts.id))
    .offset(window.offset)
    .limit(window.limit);
}

export async function countMembers(db: Executor, companyId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(accounts).where(isMemberOf(companyId));
  return row?.n ?? 0;
}

export async function findMember(db: Executor, companyId: string, accountId: string) {
  const [row] = await db.select().from(accounts).where(isMember(companyId, accountId));
  return row;
}

/** The member locked until the transaction ends: changes of one member happen one at a time. */
export async function lockMember(db: Executor, companyId: string, accountId: string) {
  const [row] = await db.select().from(accounts).where(isMember(companyId, accountId)).for('update');
  return row;
}

/** Whether any account (of any role) logs in with this name, by its keyed hash (identity/staff-login). */
export async function loginHashTaken(db: Executor, loginHash: string): Promise<boolean> {
  const [row] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.loginHash, loginHash));
  return row !== undefined;
}

export async function insertMember(
  db: Executor,
  values: StaffLoginColumns & { companyId: string; displayName: string; passwordHash: string },
): Promise<AccountRow> {
  const [row] = await db
    .insert(accounts)
    .values({
      ...values,
      role: 'employer',
      mustChangePassword: true,
      companyRole: 'member',
      approvalState: 'approved',
      status: 'active',
    })
    .returning();
  return row!;
}

export async function updateMember(
  db: Executor,
  companyId: string,
  accountId: string,
  values: Partial<
    Pick<AccountRow, 'displayName' | 'passwordHash' | 'mustChangePassword' | 'passwordChangedAt' | 'status'>
  >,
): Promise<AccountRow | undefined> {
  const [row] = await db
    .update(accounts)
    .set({ ...values, updatedAt: new Date() })
    .where(isMember(companyId, accountId))
    .returning();
  return row;
}
