import { z } from 'zod';
import { pageSchema } from './paging';

// The employer notification centre (通知):
//   GET  /api/employer/notifications?page=&pageSize= → NotificationList (a page, at most 50)
//   POST /api/employer/notifications/:id/read → NotificationItem
//   POST /api/employer/notifications/read-all → NotificationList

export const NotificationItem = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type NotificationItem = z.infer<typeof NotificationItem>;

/** A page of the person's notices (newest first) and how many of all of them are unread. */
export const NotificationList = pageSchema(NotificationItem).extend({ unread: z.number().int() });
export type NotificationList = z.infer<typeof NotificationList>;
