import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';

/** The embedded default's SMS "provider": every message sent, readable at /dev/sms. */
export const smsOutbox = pgTable('sms_outbox', {
  id: uuid().primaryKey().defaultRandom(),
  toMasked: text().notNull(),
  toHash: text().notNull(),
  body: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * The embedded default's mail "provider" (providers/mail): every e-mail sent (the address masked,
 * subject and text whole, attachments by name and size), readable at /dev/mail.
 */
export const mailOutbox = pgTable('mail_outbox', {
  id: uuid().primaryKey().defaultRandom(),
  toMasked: text().notNull(),
  toHash: text().notNull(),
  subject: text().notNull(),
  body: text().notNull(),
  attachments: jsonb()
    .$type<{ filename: string; contentType: string; size: number }[]>()
    .notNull()
    .default([]),
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

/**
 * 账号绑定 (seed 002): an outside notification channel bound to an account (WeChat's official
 * account: the openid). The in-app channel needs no binding and is always on.
 */
export const notificationBindings = pgTable(
  'notification_bindings',
  {
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    channel: text({ enum: ['wechat'] }).notNull(),
    externalId: text().notNull(),
    displayName: text().notNull().default(''),
    boundAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.channel] })],
);

/** A pending 扫码绑定: the QR code carries the ticket; the channel's callback completes it. */
export const notificationBindingTickets = pgTable('notification_binding_tickets', {
  ticket: text().primaryKey(),
  accountId: uuid()
    .notNull()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  channel: text({ enum: ['wechat'] }).notNull(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
