import { asc, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { workCalendarOverrides } from '../../db/schema';

// All SQL of the work calendar: the operators' overrides.

export async function findOverrideRows(db: Executor) {
  return db.select().from(workCalendarOverrides).orderBy(asc(workCalendarOverrides.date));
}

/** Replaces the whole set: the ops page edits the list and saves it. */
export async function replaceOverrideRows(
  tx: Executor,
  rows: { date: string; working: boolean; note: string }[],
  updatedBy: string,
) {
  const existing = await tx.select({ date: workCalendarOverrides.date }).from(workCalendarOverrides);
  const keep = new Set(rows.map((row) => row.date));
  const gone = existing.map((row) => row.date).filter((date) => !keep.has(date));
  if (gone.length) await tx.delete(workCalendarOverrides).where(inArray(workCalendarOverrides.date, gone));
  for (const row of rows) {
    await tx
      .insert(workCalendarOverrides)
      .values({ ...row, updatedBy })
      .onConflictDoUpdate({
        target: workCalendarOverrides.date,
        set: { working: row.working, note: row.note, updatedBy, updatedAt: new Date() },
      });
  }
}
