import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { captchaChallenges } from '../../db/schema';

export async function insertCaptchaChallenge(
  db: Executor,
  values: { id: string; answerHash: string; expiresAt: Date },
) {
  await db.insert(captchaChallenges).values(values);
}

/**
 * One guess at a live challenge, in one statement so racing guesses cannot share a try: a right
 * answer uses the challenge up, a wrong one counts an attempt. Returns whether it was right, or
 * undefined when there is no live challenge (unknown, expired, used or spoiled).
 */
export async function attemptCaptchaChallenge(
  db: Executor,
  values: { id: string; answerHash: string; maxAttempts: number },
): Promise<boolean | undefined> {
  const right = sql`${captchaChallenges.answerHash} = ${values.answerHash}`;
  const [row] = await db
    .update(captchaChallenges)
    .set({
      attempts: sql`${captchaChallenges.attempts} + CASE WHEN ${right} THEN 0 ELSE 1 END`,
      consumedAt: sql`CASE WHEN ${right} THEN now() ELSE NULL END`,
    })
    .where(
      and(
        eq(captchaChallenges.id, values.id),
        isNull(captchaChallenges.consumedAt),
        gt(captchaChallenges.expiresAt, new Date()),
        lt(captchaChallenges.attempts, values.maxAttempts),
      ),
    )
    .returning({ consumedAt: captchaChallenges.consumedAt });
  return row ? row.consumedAt !== null : undefined;
}
