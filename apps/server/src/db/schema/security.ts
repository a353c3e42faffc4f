import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';

/**
 * Sessions live in the database so API instances stay stateless. The client holds a random token;
 * the row's id is its SHA-256, so a leaked table cannot be replayed.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: text().primaryKey(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    area: text().notNull(),
    kind: text({ enum: ['cookie', 'bearer'] }).notNull(),
    /** Double-submit CSRF secret for cookie sessions: unsafe requests must echo it in a header. */
    csrfToken: text(),
    ip: text(),
    userAgent: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_account_idx').on(t.accountId), index('sessions_expires_idx').on(t.expiresAt)],
);

/**
 * Counters for throttling and lockout, by key: login identifiers (`id:<area>:<keyed hash>`, whether or
 * not an account has it, so that lockout says nothing about existence), client IPs, SMS targets.
 * In the database so that every API instance sees the same counts.
 */
export const rateCounters = pgTable('rate_counters', {
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  windowStartedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp({ withTimezone: true }),
  lockouts: integer().notNull().default(0),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Security audit trail: logins, failures, lockouts, password changes, session revocations. */
export const securityEvents = pgTable(
  'security_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    kind: text().notNull(),
    accountId: uuid(),
    ip: text(),
    detail: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index('security_events_account_idx').on(t.accountId, t.at),
    index('security_events_kind_idx').on(t.kind, t.at),
  ],
);

/** Short-lived single-use tickets: a verified sign-up waiting for its password, a verified password reset. */
export const pendingTickets = pgTable(
  'pending_tickets',
  {
    id: text().primaryKey(),
    purpose: text({ enum: ['seeker_registration', 'seeker_password_change'] }).notNull(),
    accountId: uuid().references(() => accounts.id, { onDelete: 'cascade' }),
    /** Encrypted JSON (it holds the sign-up's personal data). */
    payloadEnc: text(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pending_tickets_expires_idx').on(t.expiresAt)],
);

export const smsCodes = pgTable(
  'sms_codes',
  {
    id: uuid().primaryKey().defaultRandom(),
    purpose: text().notNull(),
    targetHash: text().notNull(),
    codeHash: text().notNull(),
    attempts: integer().notNull().default(0),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    consumedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sms_codes_target_idx').on(t.purpose, t.targetHash, t.createdAt)],
);
