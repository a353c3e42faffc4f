import type { AppContext } from '../../context';
import { findNotifications, type NotificationPage } from './find-notifications';
import { markAllRead } from './notifications.repository';

export interface MarkAllNotificationsReadOptions {
  accountId: string;
}

/** 全部标记为已读; answers the first page, as the centre shows it next. */
export async function markAllNotificationsRead(
  ctx: AppContext,
  options: MarkAllNotificationsReadOptions,
): Promise<NotificationPage> {
  await markAllRead(ctx.db, options.accountId);
  return findNotifications(ctx, { accountId: options.accountId });
}
