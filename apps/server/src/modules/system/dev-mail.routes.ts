import type { FastifyPluginAsync } from 'fastify';
import { renderDevOutboxPage } from '../../lib/dev-outbox-page';
import { findDevMail } from './find-dev-mail';

/**
 * /dev/mail: the local mail outbox, for developers and testers to read what was sent (an invoice's
 * mail). Registered only with the developer aids on and the outbox as the mail provider.
 */
export const devMailRoutes: FastifyPluginAsync = async (app) => {
  app.get('/dev/mail', { schema: { hide: true } }, async (request, reply) => {
    const mails = await findDevMail(app.ctx, { limit: 200 });
    if (request.headers.accept?.includes('application/json')) {
      return mails.map((mail) => ({ ...mail, sentAt: mail.sentAt.toISOString() }));
    }
    reply.type('text/html; charset=utf-8');
    return renderDevOutboxPage({
      title: '邮件发件箱（本地开发）',
      note: '当前未配置真实邮件服务（MAIL_PROVIDER=outbox）：所有邮件都不会真正发出，只保存在这里并写入日志；附件只记文件名和大小。本页每5秒刷新，显示最近200封。',
      columns: ['收件人', '主题', '正文', '附件'],
      rows: mails.map((mail) => ({
        sentAt: mail.sentAt,
        cells: [
          mail.to,
          mail.subject,
          mail.text,
          mail.attachments.map((a) => `${a.filename}（${a.contentType}，${a.size} 字节）`).join('；'),
        ],
      })),
      empty: '暂无邮件',
    });
  });
};
