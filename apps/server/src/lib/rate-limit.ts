import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { AppError } from './app-error';
import { rowsOf } from './sql-rows';

export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window counter in the database (rate_counters), shared by every API instance: counts this
 * call and says whether it is over the limit, and for how long the window still runs.
 */
export async function consumeRateLimit(db: Executor, key: string, rule: RateLimit) {
  const result = await db.execute(sql`
    INSERT INTO rate_counters AS t (key, failures, window_started_at, updated_at)
    VALUES (${key}, 1, now(), now())
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN t.window_started_at < now() - make_interval(secs => ${rule.windowSeconds}) THEN 1 ELSE t.failures + 1 END,
      window_started_at = CASE WHEN t.window_started_at < now() - make_interval(secs => ${rule.windowSeconds}) THEN now() ELSE t.window_started_at END,
      updated_at = now()
    RETURNING failures AS count,
      CEIL(EXTRACT(EPOCH FROM (window_started_at + make_interval(secs => ${rule.windowSeconds}) - now())))::int AS retry_after`);
  const row = rowsOf<{ count: number; retry_after: number }>(result)[0]!;
  return { limited: Number(row.count) > rule.limit, retryAfterSeconds: Math.max(1, Number(row.retry_after)) };
}

/** Gives one count back (a login that succeeded was not a failure). */
export async function refundRateLimit(db: Executor, key: string) {
  await db.execute(sql`UPDATE rate_counters SET failures = GREATEST(failures - 1, 0) WHERE key = ${key}`);
}

function rateLimited(message: string, retryAfterSeconds: number) {
  const wait =
    retryAfterSeconds >= 120 ? `${Math.ceil(retryAfterSeconds / 60)}分钟` : `${retryAfterSeconds}秒`;
  return new AppError('RATE_LIMITED', `${message}，请${wait}后再试`, { retryAfterSeconds });
}

/** consumeRateLimit that throws RATE_LIMITED with a Chinese message saying when to try again. */
export async function enforceRateLimit(db: Executor, key: string, rule: RateLimit, message = '操作过于频繁') {
  const { limited, retryAfterSeconds } = await consumeRateLimit(db, key, rule);
  if (limited) throw rateLimited(message, retryAfterSeconds);
}

export interface RateLimitCheck {
  key: string;
  rule: RateLimit;
  message: string;
}

/**
 * Several limits on one action, all or nothing: counted in order, and if one refuses, every count
 * this call made is given back, so only actions that happened use up any limit (a resend refused
 * for its number does not eat the sender's hourly allowance, nor the other way round).
 */
export async function enforceRateLimits(db: Executor, checks: readonly RateLimitCheck[]) {
  const counted: string[] = [];
  for (const check of checks) {
    const { limited, retryAfterSeconds } = await consumeRateLimit(db, check.key, check.rule);
    counted.push(check.key);
    if (limited) {
      for (const key of counted) await refundRateLimit(db, key);
      throw rateLimited(check.message, retryAfterSeconds);
    }
  }
}
