import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/app-error';
import { bindingScanOf, parseWechatXml } from '../../providers/notifications/wechat-channel';
import { completeWechatBinding } from './complete-wechat-binding';

const SignedQuery = z.object({
  signature: z.string().max(100).optional(),
  timestamp: z.string().max(20).optional(),
  nonce: z.string().max(100).optional(),
  echostr: z.string().max(200).optional(),
});

/**
 * /api/public/wechat/callback: the official account's 服务器配置 URL. GET answers WeChat's echostr
 * check; POST receives pushed events, of which the QR scans (subscribe, SCAN) complete a 账号绑定.
 * Every request must carry WeChat's signature; the sandbox has no official account and answers 404.
 */
export const wechatCallbackRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(
    ['text/xml', 'application/xml'],
    { parseAs: 'string', bodyLimit: 64 * 1024 },
    (_request, body, done) => done(null, body),
  );
  const checkSignature = (query: z.infer<typeof SignedQuery>) => {
    const { wechat } = app.ctx.providers;
    if (wechat.sandbox) throw new AppError('NOT_FOUND');
    if (!wechat.verifySignature(query)) throw new AppError('FORBIDDEN', '签名校验失败');
  };
  const tags = ['账号设置 account settings'];

  app.get(
    '/wechat/callback',
    { schema: { tags, summary: '微信公众号服务器配置校验（echostr）', querystring: SignedQuery } },
    async (request, reply) => {
      checkSignature(request.query);
      return reply.type('text/plain; charset=utf-8').send(request.query.echostr ?? '');
    },
  );

  app.post(
    '/wechat/callback',
    {
      schema: {
        tags,
        summary: '微信公众号消息推送（扫码关注/扫码事件完成账号绑定）',
        querystring: SignedQuery,
      },
    },
    async (request, reply) => {
      checkSignature(request.query);
      const scan = typeof request.body === 'string' ? bindingScanOf(parseWechatXml(request.body)) : null;
      if (scan) {
        const bound = await completeWechatBinding(app.ctx, scan);
        if (!bound) request.log.info('wechat scan with an unknown or expired binding ticket');
      }
      // WeChat retries unless it gets "success" (or an empty body) within five seconds.
      return reply.type('text/plain; charset=utf-8').send('success');
    },
  );
};
