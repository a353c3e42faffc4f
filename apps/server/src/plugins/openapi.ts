import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** OpenAPI from the same zod schemas the routes validate with; /openapi.json and the /docs page. */
export const openApiPlugin = fp(async (app: FastifyInstance) => {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'OpenRecruit 开放招聘 API',
        version: '0.1.0',
        description:
          'Web pages authenticate with an httpOnly session cookie per area (`or_<area>`) and send the CSRF token from the session in `x-csrf-token` on unsafe requests; app clients log in with `tokenType: "bearer"` and send `Authorization: Bearer <token>`. Errors are `{ code, message, details }`.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'or_<area>' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    uiConfig: { docExpansion: 'list' },
    // The docs page's own CSP with the hashes of its inline scripts, over the app's default one.
    staticCSP: true,
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
});
