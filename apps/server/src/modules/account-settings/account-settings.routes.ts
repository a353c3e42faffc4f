import { CloseAccountInput } from '@openrecruit/shared';
import { z } from 'zod';
import { authenticated, caller, clearSessionCookie } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { closeEmployerAccount } from './close-account';

const tags = ['账号设置 account settings'];

/** 账号设置 (seed 002) of any employer account (/api/employer/account). */
export const employerAccountSettingsRoutes = authenticated('employer', async (app) => {
  app.post(
    '/close',
    {
      schema: {
        tags,
        summary: '注销账号（停用并下线，记录保留）',
        body: CloseAccountInput,
        response: { 200: z.object({ ok: z.literal(true) }), ...errorResponses },
      },
    },
    async (request, reply) => {
      await closeEmployerAccount(app.ctx, caller(request), { ...request.body, ip: request.ip });
      clearSessionCookie(reply, 'employer');
      return { ok: true as const };
    },
  );
});
