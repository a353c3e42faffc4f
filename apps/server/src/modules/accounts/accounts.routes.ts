import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caller, requireArea } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { setAccountEnabled } from '../identity/set-account-status';

/** Platform operators manage accounts (/api/ops/accounts). */
export const opsAccountsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireArea('ops'));
  const tags = ['平台运营 ops'];
  const params = z.object({ accountId: z.uuid('账号ID格式不正确') });
  const response = { 200: z.object({ ok: z.literal(true), sessionsEnded: z.number() }), ...errorResponses };
  app.post(
    '/:accountId/disable',
    { schema: { tags, summary: '停用账号（立即结束其全部会话）', params, response } },
    async (request) => ({
      ok: true as const,
      ...(await setAccountEnabled(app.ctx, caller(request), {
        accountId: request.params.accountId,
        enabled: false,
        ip: request.ip,
      })),
    }),
  );
  app.post(
    '/:accountId/enable',
    { schema: { tags, summary: '启用账号', params, response } },
    async (request) => ({
      ok: true as const,
      ...(await setAccountEnabled(app.ctx, caller(request), {
        accountId: request.params.accountId,
        enabled: true,
        ip: request.ip,
      })),
    }),
  );
};
