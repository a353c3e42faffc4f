import { and, asc, count, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  accounts,
  companyRightTerms,
  jobs,
  ledgerAccounts,
  ledgerRequests,
  ledgerTransfers,
  mallPackages,
  seekers,
} from '../../db/schema';
import type { PageWindow } from '../../lib/paging';

// All SQL of the mall: packages, the terms of a company's rights, and the reads of the ledger's
// right accounts that 我的权益 and 使用记录 show (the ledger itself is written only by billing).

export type MallPackageRow = typeof mallPackages.$inferSelect;
export type NewMallPackage = typeof mallPackages.$inferInsert;

/** The packages in the mall's order; only those on sale unless `all`. */
export async function findPackageRows(db: Executor, options: { all: boolean }) {
  return db
    .select()
    .from(mallPackages)
    .where(options.all ? undefined : eq(mallPackages.active, true))
    .orderBy(asc(mallPackages.sortOrder), asc(mallPackages.createdAt));
}

export async function findPackageRow(db: Executor, id: string) {
  const [row] = await db.select().from(mallPackages).where(eq(mallPackages.id, id));
  return row;
}

/** The package, share-locked: an operator's edit waits until the purchase that read it commits. */
export async function lockPackageRow(tx: Executor, id: string) {
  const [row] = await tx.select().from(mallPackages).where(eq(mallPackages.id, id)).for('share');
  return row;
}

export async function insertPackageRow(db: Executor, values: NewMallPackage) {
  const [row] = await db.insert(mallPackages).values(values).returning();
  return row!;
}

export async function updatePackageRow(db: Executor, id: string, values: Partial<NewMallPackage>) {
  const [row] = await db
    .update(mallPackages)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(mallPackages.id, id))
    .returning();
  return row;
}

/** The company's right terms (until when each right may be used). */
export async function findRightTermRows(db: Executor, companyId: string) {
  return db.select().from(companyRightTerms).where(eq(companyRightTerms.companyId, companyId));
}

/**
 * Opens the company's terms of these rights that do not exist yet (ended at the epoch until the
 * grant extends them), in one order: a first grant then waits on the same rows as any other
 * instead of racing to insert them while holding ledger rows (a deadlock on PostgreSQL).
 */
export async function openRightTerms(tx: Executor, companyId: string, rights: string[]) {
  for (const right of [...rights].sort())
    await tx
      .insert(companyRightTerms)
      .values({ companyId, right, expiresAt: new Date(0) })
      .onConflictDoNothing();
}

/**
 * Locks the company's terms of these rights (those that exist), in one order: a purchase and the
 * expiry job take the term before the ledger's accounts, so they never wait on each other in a circle.
 */
export async function lockRightTerms(tx: Executor, companyId: string, rights: string[]) {
  if (rights.length === 0) return [];
  return tx
    .select()
    .from(companyRightTerms)
    .where(and(eq(companyRightTerms.companyId, companyId), inArray(companyRightTerms.right, rights)))
    .orderBy(asc(companyRightTerms.right))
    .for('update');
}

/** Sets the right's term to the later of the current one and `expiresAt`. */
export async function extendRightTerm(
  tx: Executor,
  values: { companyId: string; right: string; expiresAt: Date },
) {
  await tx
    .insert(companyRightTerms)
    .values(values)
    .onConflictDoUpdate({
      target: [companyRightTerms.companyId, companyRightTerms.right],
      set: {
        expiresAt: sql`greatest(${companyRightTerms.expiresAt}, excluded.expires_at)`,
        updatedAt: new Date(),
      },
    });
}

/** Terms that ended at or before `now` (the expiry job moves what is left of them). */
export async function findEndedTerms(db: Executor, now: Date) {
  return db.select().from(companyRightTerms).where(lte(companyRightTerms.expiresAt, now));
}

/** How many uses of each right the company consumed (the `right_use` transfers out of its accounts). */
export async function findUsedTotals(db: Executor, companyId: string) {
  return db
    .select({
      unit: ledgerAccounts.unit,
      used: sql<number>`coalesce(sum(${ledgerTransfers.amount}), 0)::int`,
    })
    .from(ledgerTransfers)
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerTransfers.debitAccountId))
    .innerJoin(ledgerRequests, eq(ledgerRequests.key, ledgerTransfers.requestKey))
    .where(
      and(
        eq(ledgerAccounts.kind, 'company_right'),
        eq(ledgerAccounts.companyId, companyId),
        eq(ledgerRequests.purpose, 'right_use'),
      ),
    )
    .groupBy(ledgerAccounts.unit);
}

export interface UsageFilter {
  companyId: string;
  /** `right:<kind>`; every right when absent. */
  unit?: string;
  from?: Date;
  to?: Date;
}

/**
 * 使用记录: the uses and expiries out of the company's right accounts, newest first, with who
 * asked. One query over the four right accounts (a statement is one account's), so 全部 pages too.
 */
export async function findUsageRows(db: Executor, filter: UsageFilter, window: PageWindow) {
  const where = and(
    eq(ledgerAccounts.kind, 'company_right'),
    eq(ledgerAccounts.companyId, filter.companyId),
    filter.unit ? eq(ledgerAccounts.unit, filter.unit) : undefined,
    inArray(ledgerRequests.purpose, ['right_use', 'right_expiry']),
    filter.from ? sql`${ledgerTransfers.createdAt} >= ${filter.from}` : undefined,
    filter.to ? sql`${ledgerTransfers.createdAt} < ${filter.to}` : undefined,
  );
  const from = () =>
    db
      .select({
        id: ledgerTransfers.id,
        unit: ledgerAccounts.unit,
        amount: ledgerTransfers.amount,
        purpose: ledgerRequests.purpose,
        reference: ledgerRequests.reference,
        usedBy: accounts.displayName,
        createdAt: ledgerTransfers.createdAt,
      })
      .from(ledgerTransfers)
      .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerTransfers.debitAccountId))
      .innerJoin(ledgerRequests, eq(ledgerRequests.key, ledgerTransfers.requestKey))
      .leftJoin(accounts, eq(accounts.id, ledgerRequests.requestedBy));
  const [rows, [total]] = await Promise.all([
    from()
      .where(where)
      .orderBy(desc(ledgerTransfers.createdAt), desc(ledgerTransfers.id))
      .offset(window.offset)
      .limit(window.limit),
    db
      .select({ n: count() })
      .from(ledgerTransfers)
      .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerTransfers.debitAccountId))
      .innerJoin(ledgerRequests, eq(ledgerRequests.key, ledgerTransfers.requestKey))
      .where(where),
  ]);
  return { rows, total: total!.n };
}

/** The seekers a usage page names (masked by the caller). */
export async function findSeekerNames(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: seekers.accountId, name: seekers.name, sex: seekers.sex })
    .from(seekers)
    .where(inArray(seekers.accountId, ids));
}

/** The company's jobs a usage page names. */
export async function findJobTitles(db: Executor, companyId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: jobs.id, title: jobs.title })
    .from(jobs)
    .where(and(eq(jobs.companyId, companyId), inArray(jobs.id, ids)));
}
