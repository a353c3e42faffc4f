import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireOperator } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { setAccountStatus } from '../identity/set-account-status';

/** Platform operators manage accounts (/api/ops/accounts). */
export const opsAccountsRoutes: FastifyPluginAsyncZod = authenticated('ops', async (app) => {
  const tags = ['平台运营 ops'];
  const params = z.object({ accountId: z.uuid('账号ID格式不正确') });
  const response = { 200: z.object({ ok: z.literal(true), sessionsEnded: z.number() }), ...errorResponses };
  for (const [path, enabled, summary] of [
    ['/:accountId/disable', false, '停用账号（立即结束其全部会话）'],
    ['/:accountId/enable', true, '启用账号'],
  ] as const) {
    app.post(path, { schema: { tags, summary, params, response } }, async (request) => ({
      ok: true as const,
      ...(await setAccountStatus(app.ctx, {
        operator: requireOperator(request),
        accountId: request.params.accountId,
        enabled,
        ip: request.ip,
      })),
    }));
  }
});
