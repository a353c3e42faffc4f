import type { Area } from '@openrecruit/shared';
import { and, eq, gt, lt, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accounts, sessions } from '../../db/schema';

export type SessionKind = 'cookie' | 'bearer';

export const SESSION_LIFETIME_MS: Record<SessionKind, number> = {
  cookie: 7 * 24 * 3600_000,
  bearer: 30 * 24 * 3600_000,
};

// Touching last_seen_at on every request would make every read a write; once in 5 minutes is enough.
const TOUCH_INTERVAL_MS = 5 * 60_000;

export async function insertSession(
  db: Executor,
  values: {
    id: string;
    accountId: string;
    area: Area;
    kind: SessionKind;
    csrfToken: string | null;
    ip: string;
    userAgent: string | null;
  },
) {
  const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS[values.kind]);
  await db.insert(sessions).values({ ...values, expiresAt });
  return { expiresAt };
}

/** The live session with its account, or undefined when unknown or expired. */
export async function findLiveSession(db: Executor, id: string) {
  const [row] = await db
    .select({ session: sessions, account: accounts })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, new Date())))
    .limit(1);
  if (row && Date.now() - row.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, id));
  }
  return row;
}

export async function findSession(db: Executor, id: string) {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id)).limit(1);
  return row;
}

export async function deleteSession(db: Executor, id: string) {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Ends every session of the account, except `keep` when given; returns how many ended. */
export async function deleteAccountSessions(db: Executor, accountId: string, keep?: string) {
  const ended = await db
    .delete(sessions)
    .where(
      keep
        ? and(eq(sessions.accountId, accountId), ne(sessions.id, keep))
        : eq(sessions.accountId, accountId),
    )
    .returning({ id: sessions.id });
  return ended.length;
}

export async function deleteExpiredSessions(db: Executor) {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}
