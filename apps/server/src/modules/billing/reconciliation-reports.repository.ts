import type { ReconciliationReport } from '@openrecruit/shared';
import { and, count, desc, eq, gte, lte } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accounts, reconciliationReports } from '../../db/schema';

// The SQL of the stored 对账 runs (issue 12 §3): one row per run, the whole report as JSON.

/** The report as stored: everything but its own id, which is the row's. */
export type StoredReconciliationReport = Omit<ReconciliationReport, 'id'>;

export async function insertReconciliationReport(
  db: Executor,
  report: StoredReconciliationReport,
  runBy: string | undefined,
) {
  const [row] = await db
    .insert(reconciliationReports)
    .values({
      billDate: report.date,
      provider: report.provider,
      billRows: report.billRows,
      matched: report.matched,
      mismatchCount: report.mismatches.length,
      report,
      runBy: runBy ?? null,
    })
    .returning({ id: reconciliationReports.id });
  return row!.id;
}

const runColumns = {
  id: reconciliationReports.id,
  billDate: reconciliationReports.billDate,
  provider: reconciliationReports.provider,
  billRows: reconciliationReports.billRows,
  matched: reconciliationReports.matched,
  mismatchCount: reconciliationReports.mismatchCount,
  runByName: accounts.displayName,
  createdAt: reconciliationReports.createdAt,
};

/** The runs of bill dates from..to (YYYY-MM-DD, both included; compared as text), newest first. */
export async function findReconciliationRunRows(
  db: Executor,
  filter: { from?: string; to?: string; offset: number; limit: number },
) {
  const where = and(
    filter.from ? gte(reconciliationReports.billDate, filter.from) : undefined,
    filter.to ? lte(reconciliationReports.billDate, filter.to) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select(runColumns)
      .from(reconciliationReports)
      .leftJoin(accounts, eq(accounts.id, reconciliationReports.runBy))
      .where(where)
      .orderBy(desc(reconciliationReports.createdAt), desc(reconciliationReports.id))
      .offset(filter.offset)
      .limit(filter.limit),
    db.select({ n: count() }).from(reconciliationReports).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function findReconciliationReportById(db: Executor, id: string) {
  const [row] = await db
    .select({ ...runColumns, report: reconciliationReports.report })
    .from(reconciliationReports)
    .leftJoin(accounts, eq(accounts.id, reconciliationReports.runBy))
    .where(eq(reconciliationReports.id, id));
  return row
    ? {
        ...row,
        report: { ...(row.report as StoredReconciliationReport), id: row.id } as ReconciliationReport,
      }
    : undefined;
}
