import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Picture captchas (图形验证码, seed 002) live in the database so any API instance can check the
 * answer. Only a hash of the answer is kept: sha256(lower-cased answer + ':' + id).
 */
export const captchaChallenges = pgTable(
  'captcha_challenges',
  {
    id: text().primaryKey(),
    answerHash: text().notNull(),
    attempts: integer().notNull().default(0),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    consumedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('captcha_challenges_expires_idx').on(t.expiresAt)],
);
