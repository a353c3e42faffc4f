import { SHANGHAI_DISTRICTS } from '@openrecruit/shared';
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { AccountRow } from '../../db/schema';
import {
  accounts,
  companies,
  companyJoinRequests,
  reviewRequests,
  seekers,
  universities,
} from '../../db/schema';

export type SeekerRow = typeof seekers.$inferSelect;

/** A staff account by the keyed hash of its login (staff-login.ts makes the hash). */
export async function findAccountByLoginHash(db: Executor, loginHash: string) {
  const [row] = await db.select().from(accounts).where(eq(accounts.loginHash, loginHash)).limit(1);
  return row;
}

export async function findSeekerByIdHash(db: Executor, idNumberHash: string) {
  const [row] = await db
    .select({ account: accounts, seeker: seekers })
    .from(seekers)
    .innerJoin(accounts, eq(accounts.id, seekers.accountId))
    .where(eq(seekers.idNumberHash, idNumberHash))
    .limit(1);
  return row;
}

export async function findSeeker(db: Executor, accountId: string) {
  const [row] = await db.select().from(seekers).where(eq(seekers.accountId, accountId)).limit(1);
  return row;
}

export async function findAccount(db: Executor, accountId: string) {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, accountId)).limit(1);
  return row;
}

export async function updateAccountPassword(db: Executor, accountId: string, passwordHash: string) {
  await db
    .update(accounts)
    .set({ passwordHash, passwordChangedAt: new Date(), mustChangePassword: false, updatedAt: new Date() })
    .where(eq(accounts.id, accountId));
}

/** Stores a status change; `closed` also marks the closure (账号注销). */
export async function updateAccountStatus(
  db: Executor,
  accountId: string,
  values: { status: AccountRow['status']; closedAt?: Date },
) {
  const [row] = await db
    .update(accounts)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(accounts.id, accountId))
    .returning({ id: accounts.id });
  return row;
}

/** The account locked until the transaction ends: status changes of one account happen one at a time. */
export async function lockAccount(db: Executor, accountId: string) {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, accountId)).for('update');
  return row;
}

/** A new seeker: the account and the real-name identity, in the caller's transaction. */
export async function insertSeekerAccount(
  db: Executor,
  values: {
    account: { displayName: string; passwordHash: string };
    seeker: Omit<typeof seekers.$inferInsert, 'accountId'>;
  },
) {
  const [account] = await db
    .insert(accounts)
    .values({ role: 'seeker', ...values.account })
    .returning({ id: accounts.id });
  await db.insert(seekers).values({ accountId: account!.id, ...values.seeker });
  return account!.id;
}

/** The organisation an account belongs to, by name, for the console header. */
export async function findOrganisation(db: Executor, account: AccountRow) {
  if (account.companyId) {
    const [row] = await db
      .select({ id: companies.id, name: companies.name, verificationState: companies.verificationState })
      .from(companies)
      .where(eq(companies.id, account.companyId));
    return row ? { kind: 'company' as const, ...row } : null;
  }
  if (account.universityId) {
    const [row] = await db
      .select({ id: universities.id, name: universities.name })
      .from(universities)
      .where(eq(universities.id, account.universityId));
    return row ? { kind: 'university' as const, ...row } : null;
  }
  if (account.districtCode) {
    const district = SHANGHAI_DISTRICTS.find((d) => d.code === account.districtCode);
    return {
      kind: 'district' as const,
      id: account.districtCode,
      name: `${district?.label ?? account.districtCode}就业促进中心`,
    };
  }
  return null;
}

/** The reason given when the account's sign-up (platform review or the admin's join decision) was refused. */
export async function findRejectionReason(db: Executor, accountId: string): Promise<string | null> {
  const [review] = await db
    .select({ reason: reviewRequests.reason, at: reviewRequests.decidedAt })
    .from(reviewRequests)
    .where(and(eq(reviewRequests.applicantAccountId, accountId), eq(reviewRequests.state, 'rejected')))
    .orderBy(desc(reviewRequests.decidedAt))
    .limit(1);
  const [join] = await db
    .select({ reason: companyJoinRequests.reason, at: companyJoinRequests.decidedAt })
    .from(companyJoinRequests)
    .where(
      and(eq(companyJoinRequests.applicantAccountId, accountId), eq(companyJoinRequests.state, 'rejected')),
    )
    .orderBy(desc(companyJoinRequests.decidedAt))
    .limit(1);
  const latest = [review, join]
    .filter((row) => row !== undefined)
    .sort((a, b) => (b.at?.getTime() ?? 0) - (a.at?.getTime() ?? 0))[0];
  return latest?.reason?.trim() || null;
}
