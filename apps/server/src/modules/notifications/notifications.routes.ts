import { NotificationItem, NotificationList } from '@openrecruit/shared';
import { z } from 'zod';
import { authenticated, caller } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from './notifications.repository';

/** The employer's notification centre (/api/employer/notifications). */
export const employerNotificationRoutes = authenticated('employer', async (app) => {
  const tags = ['通知中心 notifications'];
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '我的通知（最新50条）与未读数',
        response: { 200: NotificationList, ...errorResponses },
      },
    },
    async (request) => listNotifications(app.ctx.db, caller(request).account.id),
  );
  app.post(
    '/:id/read',
    {
      schema: {
        tags,
        summary: '标记一条通知为已读',
        params: z.object({ id: z.uuid('通知ID格式不正确') }),
        response: { 200: NotificationItem, ...errorResponses },
      },
    },
    async (request) => markNotificationRead(app.ctx.db, caller(request).account.id, request.params.id),
  );
  app.post(
    '/read-all',
    { schema: { tags, summary: '全部标记为已读', response: { 200: NotificationList, ...errorResponses } } },
    async (request) => markAllNotificationsRead(app.ctx.db, caller(request).account.id),
  );
});
