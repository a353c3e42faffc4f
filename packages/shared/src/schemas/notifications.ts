import { z } from 'zod';

// The employer notification centre (通知):
//   GET  /api/employer/notifications          → NotificationList
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

export const NotificationList = z.object({ items: z.array(NotificationItem), unread: z.number().int() });
export type NotificationList = z.infer<typeof NotificationList>;
