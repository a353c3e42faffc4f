import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getDictionaries } from './get-dictionaries';

const Health = z.object({ status: z.enum(['ok', 'unavailable']), database: z.enum(['pglite', 'postgres']) });

/** Liveness with the database reachable, and the dictionaries every form's pickers use. */
export const systemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    { schema: { tags: ['系统 system'], summary: '健康检查', response: { 200: Health, 503: Health } } },
    async (_request, reply) => {
      const database = app.ctx.database.engine;
      try {
        await app.ctx.database.ping();
        return { status: 'ok' as const, database };
      } catch (error) {
        app.log.error({ err: error }, 'health check: database unreachable');
        return reply.status(503).send({ status: 'unavailable' as const, database });
      }
    },
  );

  app.get(
    '/api/public/dictionaries',
    {
      schema: {
        tags: ['系统 system'],
        summary: '字典：学历、政治面貌、工作性质、工作地区、单位性质、所属行业、省份',
        response: { 200: z.record(z.string(), z.array(z.object({ code: z.string(), label: z.string() }))) },
      },
    },
    async (_request, reply) => {
      const dictionaries = await getDictionaries(app.ctx);
      reply.header('cache-control', 'public, max-age=300');
      return dictionaries;
    },
  );
};
