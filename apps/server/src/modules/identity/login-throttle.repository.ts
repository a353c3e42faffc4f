import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../lib/sql-rows';
import { THROTTLE } from './login-throttle';

// The per-identifier login counters (rate_counters), counted and locked in single statements so
// parallel guesses cannot slip past the count (login-throttle.ts has the rules).

export interface IdentifierAttempt {
  /** 1-based number of this attempt in the current run of failures. */
  attempt: number;
  lockedUntil: Date | null;
}

export async function reserveIdentifierAttempt(db: Executor, key: string): Promise<IdentifierAttempt> {
  const result = await db.execute(sql`
    INSERT INTO rate_counters AS t (key, failures, window_started_at, updated_at)
    VALUES (${key}, 1, now(), now())
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE
        WHEN t.updated_at < now() - make_interval(hours => ${THROTTLE.forgetAfterHours}) THEN 1
        WHEN t.locked_until IS NOT NULL AND t.locked_until <= now() THEN 1
        ELSE t.failures + 1 END,
      lockouts = CASE WHEN t.updated_at < now() - make_interval(hours => ${THROTTLE.forgetAfterHours}) THEN 0 ELSE t.lockouts END,
      locked_until = CASE WHEN t.locked_until <= now() THEN NULL ELSE t.locked_until END,
      updated_at = now()
    RETURNING failures, locked_until`);
  const row = rowsOf<{ failures: number; locked_until: Date | string | null }>(result)[0]!;
  return { attempt: Number(row.failures), lockedUntil: row.locked_until ? new Date(row.locked_until) : null };
}

/** Locks the identifier; the lock doubles with each lockout. Returns when the lock ends. */
export async function lockIdentifier(db: Executor, key: string): Promise<Date> {
  const result = await db.execute(sql`
    UPDATE rate_counters SET
      locked_until = CASE WHEN locked_until > now() THEN locked_until
        ELSE now() + make_interval(mins => LEAST(${THROTTLE.firstLockMinutes} * power(2, lockouts)::int, ${THROTTLE.maxLockMinutes})) END,
      lockouts = CASE WHEN locked_until > now() THEN lockouts ELSE lockouts + 1 END,
      updated_at = now()
    WHERE key = ${key}
    RETURNING locked_until`);
  return new Date(rowsOf<{ locked_until: Date | string }>(result)[0]!.locked_until);
}

export async function clearIdentifier(db: Executor, key: string) {
  await db.execute(
    sql`UPDATE rate_counters SET failures = 0, lockouts = 0, locked_until = NULL, updated_at = now() WHERE key = ${key}`,
  );
}
