import type { FastifyPluginAsync } from 'fastify';
import { SandboxWechatChannel } from '../../providers/notifications/wechat-sandbox-channel';

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
    const rows = channel.sent
      .map(
        (message) =>
          `<tr><td>${shanghaiTime.format(message.sentAt)}</td><td>${escapeHtml(message.openId)}</td><td>${escapeHtml(message.title)}</td><td>${escapeHtml(message.body)}</td></tr>`,
      )
      .join('');
    reply.type('text/html; charset=utf-8');
    return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">
<title>微信公众号消息（沙箱）</title><style>body{font-family:system-ui,sans-serif;margin:24px;color:#1f1f1f}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:8px;text-align:left}th{background:#fafafa}
.note{background:#fffbe6;border:1px solid #ffe58f;padding:12px;margin-bottom:16px}</style></head><body>
<h1>微信公众号消息（沙箱）</h1>
<p class="note">当前未配置微信公众号（WECHAT_APP_ID 等）：绑定通过“模拟扫码（开发环境）”完成，发给已绑定账号的模板消息不会真正发出，只保存在这里（进程内最近200条）并写入日志。本页每5秒刷新。</p>
<table><thead><tr><th>发送时间（北京时间）</th><th>openid</th><th>标题</th><th>内容</th></tr></thead><tbody>
${rows || '<tr><td colspan="4">暂无消息</td></tr>'}</tbody></table></body></html>`;
  });
};
