import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { mediaSignals } from '../../db/schema';

// All SQL of the media module: the signals peers exchange (media_signals), read once and swept.

export type MediaSignalRow = typeof mediaSignals.$inferSelect;

export async function insertMediaSignal(db: Executor, values: typeof mediaSignals.$inferInsert) {
  const [row] = await db.insert(mediaSignals).values(values).returning({ id: mediaSignals.id });
  return row!;
}

/** The caller's unread signals of one session, oldest first, removed in the same statement's transaction. */
export async function takeMediaSignals(
  db: Executor,
  where: { toAccountId: string; sessionKind: MediaSignalRow['sessionKind']; sessionId: string },
  limit: number,
) {
  const rows = await db
    .select()
    .from(mediaSignals)
    .where(
      and(
        eq(mediaSignals.toAccountId, where.toAccountId),
        eq(mediaSignals.sessionKind, where.sessionKind),
        eq(mediaSignals.sessionId, where.sessionId),
      ),
    )
    .orderBy(asc(mediaSignals.createdAt), asc(mediaSignals.id))
    .limit(limit);
  if (rows.length > 0) {
    await db.delete(mediaSignals).where(
      inArray(
        mediaSignals.id,
        rows.map((row) => row.id),
      ),
    );
  }
  return rows;
}

export async function deleteMediaSignalsBefore(db: Executor, before: Date) {
  const removed = await db
    .delete(mediaSignals)
    .where(lt(mediaSignals.createdAt, before))
    .returning({ id: mediaSignals.id });
  return removed.length;
}
