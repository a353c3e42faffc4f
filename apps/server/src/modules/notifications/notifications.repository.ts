import type { NotificationItem, NotificationList } from '@openrecruit/shared';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { notifications } from '../../db/schema';
import { AppError } from '../../lib/app-error';

const LIST_LIMIT = 50;

function toItem(row: typeof notifications.$inferSelect): NotificationItem {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    readAt: row.readAt ? row.readAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The newest 50 notices of one account and how many of all its notices are unread. */
export async function listNotifications(db: Executor, accountId: string): Promise<NotificationList> {
  const rows = await db
    .select()
    .from(notifications)
    .where(eq(notifications.accountId, accountId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(LIST_LIMIT);
  const [unread] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.accountId, accountId), isNull(notifications.readAt)));
  return { items: rows.map(toItem), unread: unread?.n ?? 0 };
}

/** Marks one of the caller's notices read (again is harmless); someone else's answers 404. */
export async function markNotificationRead(db: Executor, accountId: string, id: string) {
  const [existing] = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.accountId, accountId)));
  if (!existing) throw new AppError('NOT_FOUND', '通知不存在或已删除');
  if (existing.readAt) return toItem(existing);
  const [row] = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(eq(notifications.id, id))
    .returning();
  return toItem(row!);
}

export async function markAllNotificationsRead(db: Executor, accountId: string) {
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.accountId, accountId), isNull(notifications.readAt)));
  return listNotifications(db, accountId);
}
