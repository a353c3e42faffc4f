import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { ErrorBody } from '@openrecruit/shared';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** The built web app (apps/web/dist): one SPA whose router serves /, /m, /employer, /university, /ops, /centre. */
function findWebDist(configured: string | undefined): string | undefined {
  const candidates = configured
    ? [configured]
    : [
        path.resolve(import.meta.dirname, '../../web/dist'),
        path.resolve(import.meta.dirname, '../../../web/dist'),
      ];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html')));
}

const NON_PAGE_PREFIXES = ['/api/', '/dev/', '/docs', '/openapi.json', '/healthz', '/assets/'];

export const webPlugin = fp(async (app: FastifyInstance) => {
  const root = findWebDist(app.ctx.config.webDistDir);
  if (root) {
    await app.register(fastifyStatic, { root, wildcard: false, index: false, maxAge: '1h' });
    // Hashed assets never change: cache them for a year.
    await app.register(fastifyStatic, {
      root: path.join(root, 'assets'),
      prefix: '/assets/',
      decorateReply: false,
      immutable: true,
      maxAge: '365d',
    });
  } else {
    app.log.warn('apps/web/dist not found: pages are not served (run `npm run build`)');
  }

  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    const isPage =
      request.method === 'GET' && !NON_PAGE_PREFIXES.some((prefix) => pathname.startsWith(prefix));
    if (isPage && root) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html', root);
    }
    return reply.status(404).send({ code: 'NOT_FOUND', message: '请求的地址不存在' } satisfies ErrorBody);
  });
});
