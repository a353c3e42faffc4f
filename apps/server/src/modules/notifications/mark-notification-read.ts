import type { NotificationItem } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { requireFound } from '../../plugins/access';
import { mapNotification } from './map-notification';
import { findOwnNotification, markRead } from './notifications.repository';

export interface MarkNotificationReadOptions {
  accountId: string;
  notificationId: string;
}

/** Marks one of the caller's notices read (again is harmless); someone else's answers 404. */
export async function markNotificationRead(
  ctx: AppContext,
  options: MarkNotificationReadOptions,
): Promise<NotificationItem> {
  const message = '通知不存在或已删除';
  const existing = requireFound(
    await findOwnNotification(ctx.db, options.accountId, options.notificationId),
    message,
  );
  if (existing.readAt) return mapNotification(existing);
  return mapNotification(requireFound(await markRead(ctx.db, options.accountId, existing.id), message));
}
