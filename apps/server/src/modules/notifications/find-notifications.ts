import { type NotificationItem, type Page, type PageQuery, pageQuery } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import { mapNotification } from './map-notification';
import { countNotifications, findNotificationRows } from './notifications.repository';

/** The centre shows the newest 50 notices; older ones are a page further. */
export const NotificationsQuery = pageQuery({ defaultSize: 50, maxSize: 50 });

export interface FindNotificationsOptions {
  accountId: string;
  query?: PageQuery;
}

export type NotificationPage = Page<NotificationItem> & { unread: number };

/** One page of the person's notices, newest first, with how many of all their notices are unread. */
export async function findNotifications(
  ctx: AppContext,
  options: FindNotificationsOptions,
): Promise<NotificationPage> {
  const query = options.query ?? NotificationsQuery.parse({});
  const rows = await findNotificationRows(ctx.db, options.accountId, pageWindow(query));
  const { total, unread } = await countNotifications(ctx.db, options.accountId);
  return { ...pageOf(query, rows.map(mapNotification), total), unread };
}
