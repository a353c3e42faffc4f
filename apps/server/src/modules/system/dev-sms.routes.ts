import type { FastifyPluginAsync } from 'fastify';
import { renderDevOutboxPage } from '../../lib/dev-outbox-page';
import { findDevSms } from './find-dev-sms';

/**
 * /dev/sms: the local SMS outbox, for developers and testers to read verification codes. Registered
 * only while the outbox is the SMS provider; with a real provider the page does not exist.
 */
export const devSmsRoutes: FastifyPluginAsync = async (app) => {
  app.get('/dev/sms', { schema: { hide: true } }, async (request, reply) => {
    const messages = await findDevSms(app.ctx, { limit: 200 });
    if (request.headers.accept?.includes('application/json')) {
      return messages.map((message) => ({ ...message, sentAt: message.sentAt.toISOString() }));
    }
    reply.type('text/html; charset=utf-8');
    return renderDevOutboxPage({
      title: '短信发件箱（本地开发）',
      note: '当前未配置真实短信服务：所有短信都不会真正发出，只保存在这里并写入日志。本页每5秒刷新，显示最近200条。',
      columns: ['手机号', '短信内容'],
      rows: messages.map((message) => ({ sentAt: message.sentAt, cells: [message.to, message.text] })),
      empty: '暂无短信',
    });
  });
};
