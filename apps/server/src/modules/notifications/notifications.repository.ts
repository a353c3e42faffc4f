import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { notifications } from '../../db/schema';
import type { PageWindow } from '../../lib/paging';

// All SQL of the notification centre: one person's notices, always looked up by their account.

export type NotificationRow = typeof notifications.$inferSelect;

const ownedBy = (accountId: string) => eq(notifications.accountId, accountId);

/** One page of the account's notices, newest first. */
export async function findNotificationRows(db: Executor, accountId: string, window: PageWindow) {
  return db
    .select()
    .from(notifications)
    .where(ownedBy(accountId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .offset(window.offset)
    .limit(window.limit);
}

/** How many notices the account has, and how many of them are unread. */
export async function countNotifications(db: Executor, accountId: string) {
  const [all] = await db.select({ n: count() }).from(notifications).where(ownedBy(accountId));
  const [unread] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(ownedBy(accountId), isNull(notifications.readAt)));
  return { total: all?.n ?? 0, unread: unread?.n ?? 0 };
}

export async function findOwnNotification(db: Executor, accountId: string, id: string) {
  const [row] = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.id, id), ownedBy(accountId)));
  return row;
}

export async function markRead(db: Executor, accountId: string, id: string) {
  const [row] = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.id, id), ownedBy(accountId)))
    .returning();
  return row;
}

export async function markAllRead(db: Executor, accountId: string) {
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(ownedBy(accountId), isNull(notifications.readAt)));
}
