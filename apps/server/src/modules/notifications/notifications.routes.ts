import { NotificationItem, NotificationList } from '@openrecruit/shared';
import { z } from 'zod';
import { requireCompanyMember } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { findNotifications, NotificationsQuery } from './find-notifications';
import { markAllNotificationsRead } from './mark-all-notifications-read';
import { markNotificationRead } from './mark-notification-read';

/** The employer's notification centre (/api/employer/notifications). */
export const employerNotificationRoutes = authenticated('employer', async (app) => {
  const tags = ['通知中心 notifications'];
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '我的通知（每页最多50条，最新在前）与未读数',
        querystring: NotificationsQuery,
        response: { 200: NotificationList, ...errorResponses },
      },
    },
    async (request) =>
      findNotifications(app.ctx, {
        accountId: requireCompanyMember(request).accountId,
        query: request.query,
      }),
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
    async (request) =>
      markNotificationRead(app.ctx, {
        accountId: requireCompanyMember(request).accountId,
        notificationId: request.params.id,
      }),
  );
  app.post(
    '/read-all',
    { schema: { tags, summary: '全部标记为已读', response: { 200: NotificationList, ...errorResponses } } },
    async (request) =>
      markAllNotificationsRead(app.ctx, { accountId: requireCompanyMember(request).accountId }),
  );
});
