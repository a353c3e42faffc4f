import { desc } from 'drizzle-orm';
import type { FastifyPluginAsync } from 'fastify';
import { smsOutbox } from '../../db/schema';
import { renderDevOutboxPage } from '../../lib/dev-outbox-page';

/**
 * /dev/sms: the local SMS outbox, for developers and testers to read verification codes. Registered
 * only while the outbox is the SMS provider; with a real provider the page does not exist.
 */
export const devSmsRoutes: FastifyPluginAsync = async (app) => {
  app.get('/dev/sms', { schema: { hide: true } }, async (request, reply) => {
    const rows = await app.ctx.db.select().from(smsOutbox).orderBy(desc(smsOutbox.createdAt)).limit(200);
    if (request.headers.accept?.includes('application/json')) {
      return rows.map((row) => ({
        to: row.toMasked,
        toHash: row.toHash,
        text: row.body,
        sentAt: row.createdAt.toISOString(),
      }));
    }
    reply.type('text/html; charset=utf-8');
    return renderDevOutboxPage({
      title: '短信发件箱（本地开发）',
      note: '当前未配置真实短信服务：所有短信都不会真正发出，只保存在这里并写入日志。本页每5秒刷新，显示最近200条。',
      columns: ['手机号', '短信内容'],
      rows: rows.map((row) => ({ sentAt: row.createdAt, cells: [row.toMasked, row.body] })),
      empty: '暂无短信',
    });
  });
};
