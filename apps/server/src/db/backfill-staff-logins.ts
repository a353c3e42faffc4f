import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { PiiCipher } from '../lib/pii-cipher';
import { staffLoginColumns } from '../modules/identity/staff-login';
import type { Database } from './client';
import { accounts } from './schema';

/**
 * Migration 0008 added the hashed and encrypted login columns; SQL has no key to fill them, so this
 * runs at every start, after the migrations (app.ts): staff rows without a login hash get one, and
 * employers' plain mobiles are encrypted, masked and cleared (docs/decisions/015). Batches of 200,
 * each its own transaction; rows another starting instance holds are skipped, and rows already done
 * are never selected again, so it is safe to run any number of times. Returns how many rows moved.
 */
export async function backfillStaffLogins(db: Database, cipher: PiiCipher, batchSize = 200): Promise<number> {
  let moved = 0;
  for (;;) {
    const count = await db.transaction(async (tx) => {
      const rows = await tx
        .select({ id: accounts.id, role: accounts.role, loginName: accounts.loginName })
        .from(accounts)
        .where(and(isNull(accounts.loginHash), isNotNull(accounts.loginName)))
        .limit(batchSize)
        .for('update', { skipLocked: true });
      for (const row of rows)
        await tx
          .update(accounts)
          .set(staffLoginColumns(cipher, row.role, row.loginName!))
          .where(eq(accounts.id, row.id));
      return rows.length;
    });
    moved += count;
    if (count < batchSize) return moved;
  }
}
