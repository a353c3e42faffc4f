import type { FastifyPluginAsync } from 'fastify';
import { renderDevOutboxPage } from '../../lib/dev-outbox-page';
import { SandboxWechatChannel } from '../../providers/notifications/wechat-sandbox-channel';

/**
 * /dev/wechat: what the WeChat sandbox would have sent to bound accounts, like /dev/sms. Exists only
 * with the development tools and no real official account configured.
 */
export const devWechatRoutes: FastifyPluginAsync = async (app) => {
  const channel = app.ctx.providers.wechat;
  if (!(channel instanceof SandboxWechatChannel)) return;
  app.get('/dev/wechat', { schema: { hide: true } }, async (request, reply) => {
    if (request.headers.accept?.includes('application/json')) {
      return channel.sent.map((message) => ({ ...message, sentAt: message.sentAt.toISOString() }));
    }
    reply.type('text/html; charset=utf-8');
    return renderDevOutboxPage({
      title: '微信公众号消息（沙箱）',
      note: '当前未配置微信公众号（WECHAT_APP_ID 等）：绑定通过“模拟扫码（开发环境）”完成，发给已绑定账号的模板消息不会真正发出，只保存在这里（进程内最近200条）并写入日志。本页每5秒刷新。',
      columns: ['openid', '标题', '内容'],
      rows: channel.sent.map((message) => ({
        sentAt: message.sentAt,
        cells: [message.openId, message.title, message.body],
      })),
      empty: '暂无消息',
    });
  });
};
