import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Security headers on every response (@fastify/helmet): a Content-Security-Policy the built app
 * passes (its scripts and styles come from /assets; antd and antd-mobile inject <style> elements,
 * hence 'unsafe-inline' for styles only), no framing by other sites, no referrer beyond the origin,
 * no powerful browser features, nosniff, and HSTS when HSTS_MAX_AGE says the site is HTTPS-only.
 * /docs (Swagger UI) brings its own, stricter per-route policy.
 */
export const securityHeadersPlugin = fp(async (app: FastifyInstance) => {
  const { config } = app.ctx;
  const imageSources = ["'self'", 'data:', 'blob:'];
  if (config.wechat.provider === 'official_account') imageSources.push(config.wechat.qrBase);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: imageSources,
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        mediaSrc: ["'self'", 'blob:'],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        // Only ask browsers to upgrade when the deployment is HTTPS-only.
        ...(config.hstsMaxAge > 0 ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // The web app opens no cross-origin windows that need isolation; keep the defaults off that
    // would block the QR images of a real WeChat account.
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity:
      config.hstsMaxAge > 0 ? { maxAge: config.hstsMaxAge, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' },
  });
  // helmet has no Permissions-Policy: camera and microphone stay available to this origin for the
  // video job fairs (seed 002 云校招), everything else is off.
  app.addHook('onSend', async (_request, reply) => {
    reply.header(
      'permissions-policy',
      'camera=(self), microphone=(self), display-capture=(self), geolocation=(), payment=(), usb=(), interest-cohort=()',
    );
  });
});
