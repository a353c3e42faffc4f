import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { AREAS, type Area } from '@openrecruit/shared';
import type { FastifyInstance, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { sessionCookieName } from './auth';

// OpenAPI from the same zod schemas the routes validate with; /openapi.json and the /docs page.
// The document is clean under Redocly's recommended rules (npm test lints it), so a university's
// or a government system's generator can make a client from it: every operation has an id, says
// which session it needs (or none), and documents its error answers.

const cookieScheme = (area: Area) => `${area}Session`;

/** The session an operation needs: the area `authenticated(area, …)` put on the route, or none. */
function areaOf(route: RouteOptions): Area | undefined {
  return (route.config as { area?: Area } | undefined)?.area;
}

/** getApiEmployerJobsById: the method and the path, in camel case. */
function operationIdOf(method: string, url: string): string {
  const words = url
    .split('/')
    .filter(Boolean)
    .map((part) => (part.startsWith(':') ? `by-${part.slice(1)}` : part))
    .flatMap((part) => part.split(/[^A-Za-z0-9]+/))
    .filter(Boolean);
  return method.toLowerCase() + words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
}

const ERROR_BODY = {
  description: '错误：{ code, message, details }（code 稳定，message 为中文说明）',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: { type: 'string' },
          message: { type: 'string' },
          details: { type: 'object', additionalProperties: true },
        },
      },
    },
  },
};

export const openApiPlugin = fp(async (app: FastifyInstance) => {
  const { config } = app.ctx;
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'OpenRecruit 开放招聘 API',
        version: '0.1.0',
        description:
          'Web pages authenticate with an httpOnly session cookie per area (`or_seeker`, `or_employer`, `or_university`, `or_ops`, `or_centre`) and send the CSRF token from the session in `x-csrf-token` on unsafe requests; app clients log in with `tokenType: "bearer"` and send `Authorization: Bearer <token>`. Errors are `{ code, message, details }`.',
      },
      servers: [{ url: config.publicUrl ?? `http://127.0.0.1:${config.port}`, description: '本实例' }],
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description: '应用客户端登录时选择 tokenType: bearer 获得的令牌',
          },
          ...Object.fromEntries(
            AREAS.map((area) => [
              cookieScheme(area),
              {
                type: 'apiKey',
                in: 'cookie',
                name: sessionCookieName(area),
                description: `${area} 区域的会话 Cookie`,
              },
            ]),
          ),
        },
      },
    },
    transform: (input) => {
      const transformed = jsonSchemaTransform(input);
      const schema = { ...(transformed.schema as Record<string, unknown>) };
      const method = Array.isArray(input.route.method) ? input.route.method[0] : input.route.method;
      schema.operationId ??= operationIdOf(String(method), input.url);
      const area = areaOf(input.route);
      // An empty list says "no session needed" in so many words.
      schema.security ??= area ? [{ [cookieScheme(area)]: [] }, { bearer: [] }] : [];
      const response = { ...((schema.response as Record<string, unknown> | undefined) ?? {}) };
      if (!Object.keys(response).some((status) => status.startsWith('4'))) response['4XX'] = ERROR_BODY;
      // Files, images and the WeChat callback's text have no JSON schema, but they do answer 200.
      if (!Object.keys(response).some((status) => status.startsWith('2'))) {
        response['200'] = { description: '成功：文件、图片或纯文本（见接口说明）' };
      }
      schema.response = response;
      return { ...transformed, schema };
    },
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    uiConfig: { docExpansion: 'list' },
    // The docs page's own CSP with the hashes of its inline scripts, over the app's default one.
    staticCSP: true,
    // Its default asks browsers to upgrade to HTTPS, which breaks /docs on a plain-HTTP laptop setup:
    // only when the deployment says it is HTTPS-only (HSTS_MAX_AGE, decision 013).
    transformStaticCSP: (header) =>
      config.hstsMaxAge > 0 ? header : header.replace(/\s*upgrade-insecure-requests;?/, ''),
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
});
