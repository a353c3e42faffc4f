import { asc } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dictItems } from '../../db/schema';

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
      const rows = await app.ctx.db
        .select()
        .from(dictItems)
        .orderBy(asc(dictItems.kind), asc(dictItems.sortOrder));
      const grouped: Record<string, Array<{ code: string; label: string }>> = {};
      for (const row of rows) {
        grouped[row.kind] ??= [];
        grouped[row.kind]!.push({ code: row.code, label: row.label });
      }
      reply.header('cache-control', 'public, max-age=300');
      return grouped;
    },
  );
};
