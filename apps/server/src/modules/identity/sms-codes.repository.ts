import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { smsCodes } from '../../db/schema';

// The SMS verification codes: only their hashes are stored, keyed by the number's lookup hash.

export async function insertSmsCode(
  db: Executor,
  values: { purpose: string; targetHash: string; codeHash: string; expiresAt: Date },
) {
  await db.insert(smsCodes).values(values);
}

/** The newest code of the number for the purpose that is neither used nor expired. */
export async function findLatestLiveSmsCode(db: Executor, purpose: string, targetHash: string) {
  const [row] = await db
    .select()
    .from(smsCodes)
    .where(
      and(
        eq(smsCodes.purpose, purpose),
        eq(smsCodes.targetHash, targetHash),
        isNull(smsCodes.consumedAt),
        gt(smsCodes.expiresAt, new Date()),
      ),
    )
    .orderBy(desc(smsCodes.createdAt))
    .limit(1);
  return row;
}

export async function countWrongSmsCodeAttempt(db: Executor, id: string) {
  await db
    .update(smsCodes)
    .set({ attempts: sql`${smsCodes.attempts} + 1` })
    .where(eq(smsCodes.id, id));
}

/** Uses the code up; only one of several racing requests gets the row back. */
export async function consumeSmsCode(db: Executor, id: string) {
  const [row] = await db
    .update(smsCodes)
    .set({ consumedAt: new Date() })
    .where(and(eq(smsCodes.id, id), isNull(smsCodes.consumedAt)))
    .returning({ id: smsCodes.id });
  return row;
}
