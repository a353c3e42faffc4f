import { and, asc, count, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accounts, ledgerAccounts, ledgerRequests, ledgerTransfers } from '../../db/schema';
import { rowsOf } from '../../lib/sql-rows';

// The ledger's SQL (modules/billing, decision 017). Balances change only here, in the
// transaction that inserts the transfer.

export type LedgerAccountRow = typeof ledgerAccounts.$inferSelect;
export type LedgerTransferRow = typeof ledgerTransfers.$inferSelect;
export type NewLedgerTransfer = typeof ledgerTransfers.$inferInsert;

/** Opens the account when it is new (a concurrent opening of the same one is a no-op). */
export async function ensureLedgerAccount(
  tx: Executor,
  values: { kind: string; unit: string; companyId: string | null; mayGoNegative: boolean },
) {
  await tx.insert(ledgerAccounts).values(values).onConflictDoNothing();
  return findLedgerAccount(tx, values);
}

export async function findLedgerAccount(
  db: Executor,
  owner: { kind: string; unit: string; companyId: string | null },
) {
  const [row] = await db
    .select()
    .from(ledgerAccounts)
    .where(
      and(
        eq(ledgerAccounts.kind, owner.kind),
        eq(ledgerAccounts.unit, owner.unit),
        owner.companyId === null
          ? sql`${ledgerAccounts.companyId} IS NULL`
          : eq(ledgerAccounts.companyId, owner.companyId),
      ),
    );
  return row;
}

/** Locks the accounts in id order: two requests touching the same accounts never deadlock. */
export async function lockLedgerAccounts(tx: Executor, ids: string[]) {
  return tx
    .select({ id: ledgerAccounts.id })
    .from(ledgerAccounts)
    .where(inArray(ledgerAccounts.id, ids))
    .orderBy(asc(ledgerAccounts.id))
    .for('update');
}

/** Takes `amount` off the account unless that would take it below zero; the new balance, or none. */
export async function debitLedgerAccount(tx: Executor, id: string, amount: number) {
  const [row] = await tx
    .update(ledgerAccounts)
    .set({ balance: sql`${ledgerAccounts.balance} - ${amount}` })
    .where(
      and(
        eq(ledgerAccounts.id, id),
        or(eq(ledgerAccounts.mayGoNegative, true), sql`${ledgerAccounts.balance} >= ${amount}`),
      ),
    )
    .returning({ balance: ledgerAccounts.balance });
  return row?.balance;
}

export async function creditLedgerAccount(tx: Executor, id: string, amount: number) {
  const [row] = await tx
    .update(ledgerAccounts)
    .set({ balance: sql`${ledgerAccounts.balance} + ${amount}` })
    .where(eq(ledgerAccounts.id, id))
    .returning({ balance: ledgerAccounts.balance });
  return row!.balance;
}

/** Records the request's key; false when the key is already recorded (then read it). */
export async function insertLedgerRequest(tx: Executor, values: typeof ledgerRequests.$inferInsert) {
  const rows = await tx.insert(ledgerRequests).values(values).onConflictDoNothing().returning();
  return rows.length > 0;
}

export async function findLedgerRequest(db: Executor, key: string) {
  const [row] = await db.select().from(ledgerRequests).where(eq(ledgerRequests.key, key));
  return row;
}

export async function insertLedgerTransfers(tx: Executor, values: NewLedgerTransfer[]) {
  return tx.insert(ledgerTransfers).values(values).returning();
}

/** A request's transfers in the order they were made. */
export async function findTransfersOfRequest(db: Executor, key: string) {
  return db
    .select()
    .from(ledgerTransfers)
    .where(eq(ledgerTransfers.requestKey, key))
    .orderBy(asc(ledgerTransfers.leg));
}

/** Every account whose cached balance differs from the sum of its transfers. */
export async function findBalanceMismatches(db: Executor) {
  const result = await db.execute(sql`
    SELECT a.id, a.balance::text AS balance,
      (coalesce((SELECT sum(amount) FROM ledger_transfers t WHERE t.credit_account_id = a.id), 0)
       - coalesce((SELECT sum(amount) FROM ledger_transfers t WHERE t.debit_account_id = a.id), 0))::text AS computed
    FROM ledger_accounts a
  `);
  return rowsOf<{ id: string; balance: string; computed: string }>(result).filter(
    (row) => row.balance !== row.computed,
  );
}

/** The sum of the balances of each unit (zero when nothing was lost or made up). */
export async function sumBalancesByUnit(db: Executor) {
  return db
    .select({ unit: ledgerAccounts.unit, total: sql<string>`sum(${ledgerAccounts.balance})::text` })
    .from(ledgerAccounts)
    .groupBy(ledgerAccounts.unit);
}

export interface StatementFilter {
  accountId: string;
  /** Only the requests of these purposes (e.g. `recharge`, or `right_use`). */
  purposes?: string[];
  from?: Date;
  to?: Date;
  offset: number;
  limit: number;
}

/**
 * One account's movements, newest first: in or out, how much, the balance after, and the request
 * it belongs to (purpose, reference, who asked). 快点明细 and 使用记录 read this.
 */
export async function findStatementRows(db: Executor, filter: StatementFilter) {
  const where = and(
    or(
      eq(ledgerTransfers.debitAccountId, filter.accountId),
      eq(ledgerTransfers.creditAccountId, filter.accountId),
    ),
    filter.purposes?.length ? inArray(ledgerRequests.purpose, filter.purposes) : undefined,
    filter.from ? sql`${ledgerTransfers.createdAt} >= ${filter.from}` : undefined,
    filter.to ? sql`${ledgerTransfers.createdAt} < ${filter.to}` : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: ledgerTransfers.id,
        direction: sql<
          'in' | 'out'
        >`CASE WHEN ${ledgerTransfers.creditAccountId} = ${filter.accountId} THEN 'in' ELSE 'out' END`,
        amount: ledgerTransfers.amount,
        balanceAfter:
          sql<number>`(CASE WHEN ${ledgerTransfers.creditAccountId} = ${filter.accountId} THEN ${ledgerTransfers.creditBalanceAfter} ELSE ${ledgerTransfers.debitBalanceAfter} END)::bigint`.mapWith(
            Number,
          ),
        purpose: ledgerRequests.purpose,
        reference: ledgerRequests.reference,
        requestedBy: ledgerRequests.requestedBy,
        requestedByName: accounts.displayName,
        createdAt: ledgerTransfers.createdAt,
      })
      .from(ledgerTransfers)
      .innerJoin(ledgerRequests, eq(ledgerRequests.key, ledgerTransfers.requestKey))
      .leftJoin(accounts, eq(accounts.id, ledgerRequests.requestedBy))
      .where(where)
      .orderBy(desc(ledgerTransfers.createdAt), desc(ledgerTransfers.leg))
      .offset(filter.offset)
      .limit(filter.limit),
    db
      .select({ n: count() })
      .from(ledgerTransfers)
      .innerJoin(ledgerRequests, eq(ledgerRequests.key, ledgerTransfers.requestKey))
      .where(where),
  ]);
  return { rows, total: total!.n };
}

/** One account's movements out (消费记录), newest first, with the balance after each and who asked. */
export async function findAccountDebitRows(db: Executor, filter: Omit<StatementFilter, 'purposes'>) {
  const where = and(
    eq(ledgerTransfers.debitAccountId, filter.accountId),
    filter.from ? sql`${ledgerTransfers.createdAt} >= ${filter.from}` : undefined,
    filter.to ? sql`${ledgerTransfers.createdAt} < ${filter.to}` : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: ledgerTransfers.id,
        amount: ledgerTransfers.amount,
        balanceAfter: ledgerTransfers.debitBalanceAfter,
        purpose: ledgerRequests.purpose,
        reference: ledgerRequests.reference,
        requestedByName: accounts.displayName,
        createdAt: ledgerTransfers.createdAt,
      })
      .from(ledgerTransfers)
      .innerJoin(ledgerRequests, eq(ledgerRequests.key, ledgerTransfers.requestKey))
      .leftJoin(accounts, eq(accounts.id, ledgerRequests.requestedBy))
      .where(where)
      .orderBy(desc(ledgerTransfers.createdAt), desc(ledgerTransfers.leg))
      .offset(filter.offset)
      .limit(filter.limit),
    db.select({ n: count() }).from(ledgerTransfers).where(where),
  ]);
  return { rows, total: total!.n };
}

/** Which of these request keys the ledger holds (reconciliation asks for `order:<id>:paid` and `:refund`). */
export async function findPostedKeys(db: Executor, keys: string[]) {
  if (keys.length === 0) return new Set<string>();
  const rows = await db
    .select({ key: ledgerRequests.key })
    .from(ledgerRequests)
    .where(inArray(ledgerRequests.key, keys));
  return new Set(rows.map((row) => row.key));
}
