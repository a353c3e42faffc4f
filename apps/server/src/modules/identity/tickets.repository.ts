import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { pendingTickets } from '../../db/schema';
import { newSecretToken, sha256Hex } from '../../lib/tokens';

type Purpose = (typeof pendingTickets.$inferInsert)['purpose'];

/** Issues a single-use ticket; the client holds the token, the row keeps its hash. */
export async function issueTicket(
  db: Executor,
  values: { purpose: Purpose; accountId?: string; payloadEnc?: string; ttlMinutes: number },
): Promise<string> {
  const token = newSecretToken();
  await db.insert(pendingTickets).values({
    id: sha256Hex(token),
    purpose: values.purpose,
    accountId: values.accountId ?? null,
    payloadEnc: values.payloadEnc ?? null,
    expiresAt: new Date(Date.now() + values.ttlMinutes * 60_000),
  });
  return token;
}

/** Reads a live ticket without using it up (to validate input against it first). */
export async function peekTicket(db: Executor, purpose: Purpose, token: string) {
  const [row] = await db
    .select()
    .from(pendingTickets)
    .where(
      and(
        eq(pendingTickets.id, sha256Hex(token)),
        eq(pendingTickets.purpose, purpose),
        isNull(pendingTickets.usedAt),
        gt(pendingTickets.expiresAt, new Date()),
      ),
    );
  return row;
}

/** Uses the ticket up; only one of several racing requests gets the row back. */
export async function consumeTicket(db: Executor, purpose: Purpose, token: string) {
  const [row] = await db
    .update(pendingTickets)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(pendingTickets.id, sha256Hex(token)),
        eq(pendingTickets.purpose, purpose),
        isNull(pendingTickets.usedAt),
        gt(pendingTickets.expiresAt, new Date()),
      ),
    )
    .returning();
  return row;
}
