import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';

/** The embedded default's SMS "provider": every message sent, readable at /dev/sms. */
export const smsOutbox = pgTable('sms_outbox', {
  id: uuid().primaryKey().defaultRandom(),
  toMasked: text().notNull(),
  toHash: text().notNull(),
  body: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** The in-app notification channel (always on); other channels deliver copies. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    link: text(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    readAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('notifications_account_idx').on(t.accountId, t.createdAt)],
);

/** Files kept through the storage interface; who may read a file is decided by what points at it. */
export const storedFiles = pgTable('stored_files', {
  id: uuid().primaryKey().defaultRandom(),
  storageKey: text().notNull().unique(),
  ownerAccountId: uuid().references(() => accounts.id),
  contentType: text().notNull(),
  size: integer().notNull(),
  sha256: text().notNull(),
  originalName: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
