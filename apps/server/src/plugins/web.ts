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

/**
 * How long a browser or proxy may keep a file. Hashed assets never change: a year, immutable.
 * Pages (index.html) are revalidated every time, so a deployment never leaves a cached page that
 * points at deleted chunks. Other files at the root (robots.txt, icons) for an hour.
 */
export function cacheControlFor(filePath: string): string {
  const relative = filePath.split(path.sep).join('/');
  if (relative.includes('/assets/')) return 'public, max-age=31536000, immutable';
  if (relative.endsWith('.html')) return 'no-cache';
  return 'public, max-age=3600';
}

/** A path whose last segment has an extension asks for a file, never for a page of the SPA. */
function looksLikeFile(pathname: string): boolean {
  return /\.[a-z0-9]{1,8}$/i.test(pathname.slice(pathname.lastIndexOf('/') + 1));
}

export const webPlugin = fp(async (app: FastifyInstance) => {
  const root = findWebDist(app.ctx.config.webDistDir);
  if (root) {
    // One registration for every built file (wildcard: false: a route per file found at start, so
    // an unknown /assets/x.js is a 404, not the page). Brotli or gzip files made at build time
    // (scripts/precompress-web.mjs) are sent to browsers that accept them.
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) => {
        reply.header('cache-control', cacheControlFor(filePath));
      },
    });
  } else {
    app.log.warn('apps/web/dist not found: pages are not served (run `npm run build`)');
  }

  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !NON_PAGE_PREFIXES.some((prefix) => pathname.startsWith(prefix)) &&
      !looksLikeFile(pathname);
    if (isPage && root) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html', root);
    }
    return reply.status(404).send({ code: 'NOT_FOUND', message: '请求的地址不存在' } satisfies ErrorBody);
  });
});
