import { desc } from 'drizzle-orm';
import type { FastifyPluginAsync } from 'fastify';
import { smsOutbox } from '../../db/schema';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const shanghaiTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  dateStyle: 'short',
  timeStyle: 'medium',
});

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
    const items = rows
      .map(
        (row) =>
          `<tr><td>${shanghaiTime.format(row.createdAt)}</td><td>${escapeHtml(row.toMasked)}</td><td>${escapeHtml(row.body)}</td></tr>`,
      )
      .join('');
    reply.type('text/html; charset=utf-8');
    return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">
<title>短信发件箱（本地开发）</title><style>body{font-family:system-ui,sans-serif;margin:24px;color:#1f1f1f}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:8px;text-align:left}th{background:#fafafa}
.note{background:#fffbe6;border:1px solid #ffe58f;padding:12px;margin-bottom:16px}</style></head><body>
<h1>短信发件箱（本地开发）</h1>
<p class="note">当前未配置真实短信服务：所有短信都不会真正发出，只保存在这里并写入日志。本页每5秒刷新，显示最近200条。</p>
<table><thead><tr><th>发送时间（北京时间）</th><th>手机号</th><th>短信内容</th></tr></thead><tbody>
${items || '<tr><td colspan="3">暂无短信</td></tr>'}</tbody></table></body></html>`;
  });
};
