import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { type AccountRow, accounts } from '../../db/schema';
import type { PageWindow } from '../../lib/paging';
import type { StaffLoginColumns } from '../identity/staff-login';

// All SQL of 账号管理: a university's staff accounts, always looked up within the admin's university.

const isStaffOf = (universityId: string) =>
  and(eq(accounts.universityId, universityId), eq(accounts.role, 'university_staff'));

const isStaff = (universityId: string, accountId: string) =>
  and(eq(accounts.id, accountId), isStaffOf(universityId));

/** One page of the university's staff: the admin first, then the oldest. */
export async function findStaffPage(
  db: Executor,
  universityId: string,
  window: PageWindow,
): Promise<AccountRow[]> {
  return db
    .select()
    .from(accounts)
    .where(isStaffOf(universityId))
    .orderBy(asc(accounts.universityRole), asc(accounts.createdAt), desc(accounts.id))
    .offset(window.offset)
    .limit(window.limit);
}

export async function countStaff(db: Executor, universityId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(accounts).where(isStaffOf(universityId));
  return row?.n ?? 0;
}

export async function findStaff(db: Executor, universityId: string, accountId: string) {
  const [row] = await db.select().from(accounts).where(isStaff(universityId, accountId));
  return row;
}

/** The staff member locked until the transaction ends: changes of one account happen one at a time. */
export async function lockStaff(db: Executor, universityId: string, accountId: string) {
  const [row] = await db.select().from(accounts).where(isStaff(universityId, accountId)).for('update');
  return row;
}

export async function insertStaff(
  db: Executor,
  values: StaffLoginColumns & {
    universityId: string;
    universityRole: 'admin' | 'member';
    displayName: string;
    passwordHash: string;
    mustChangePassword: boolean;
  },
): Promise<AccountRow> {
  const [row] = await db
    .insert(accounts)
    .values({ ...values, role: 'university_staff', status: 'active' })
    .returning();
  return row!;
}

export async function updateStaff(
  db: Executor,
  universityId: string,
  accountId: string,
  values: Partial<Pick<AccountRow, 'passwordHash' | 'mustChangePassword' | 'passwordChangedAt' | 'status'>>,
): Promise<AccountRow | undefined> {
  const [row] = await db
    .update(accounts)
    .set({ ...values, updatedAt: new Date() })
    .where(isStaff(universityId, accountId))
    .returning();
  return row;
}
