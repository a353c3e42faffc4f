import { createRequire } from 'node:module';
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { AppContext } from './context';
import { backfillStaffLogins } from './db/backfill-staff-logins';
import { type DatabaseHandle, openDatabase } from './db/client';
import { migrateDatabase } from './db/migrate';
import { type EventBus, InProcessEventBus, PostgresEventBus } from './lib/event-bus';
import { assertStorableInput } from './lib/input-guard';
import { errorSerializer } from './lib/log-redaction';
import { loadPiiKey, PiiCipher } from './lib/pii-cipher';
import { registerModules } from './modules';
import { DevCaptchaLog } from './modules/system/dev-captcha';
import { errorsPlugin } from './plugins/errors';
import { openApiPlugin } from './plugins/openapi';
import { securityHeadersPlugin } from './plugins/security-headers';
import { webPlugin } from './plugins/web';
import { createProviders, type Providers } from './providers';

export interface BuildAppOptions {
  config: Config;
  /** An open database (tests pass one); otherwise the configured one is opened and migrated. */
  database?: DatabaseHandle;
  /** Replace providers (tests capture SMS, for instance). */
  providers?: (defaults: Providers) => Partial<Providers>;
  logger?: boolean;
}

function isInstalled(name: string): boolean {
  try {
    createRequire(import.meta.url).resolve(name);
    return true;
  } catch {
    return false;
  }
}

/** TRUST_PROXY=<n>: believe the last n hops of X-Forwarded-For (Fastify's types lack the number form). */
function trustHops(count: number) {
  return (_address: string, hop: number) => hop < count;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'],
            // Query parameters and row values never reach the log (lib/log-redaction.ts).
            serializers: { err: errorSerializer },
            // A person at a terminal reads lines; machines (production, CI, log shippers) read JSON.
            ...(process.stdout.isTTY && config.env !== 'production' && isInstalled('pino-pretty')
              ? {
                  transport: {
                    target: 'pino-pretty',
                    options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
                  },
                }
              : {}),
          },
    // X-Forwarded-For decides the client address that login throttling and SMS caps count: believe
    // it only from the configured proxies (TRUST_PROXY), never from anyone (decision 013).
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const database = options.database ?? (await openDatabase(config.database));
  if (!options.database) await migrateDatabase(database);
  const cipher = new PiiCipher(loadPiiKey(config.piiKey, config.dataDir));
  // Before any request is served: employers' mobiles left in plain text from before migration 0008
  // are encrypted and hashed here, since SQL does not have the key (decision 015).
  const backfilled = await backfillStaffLogins(database.db, cipher);
  if (backfilled) app.log.info(`staff logins moved to hashed and encrypted columns: ${backfilled}`);
  const defaults = createProviders(config, database.db, cipher, app.log, database.engine);
  const providers = { ...defaults, ...options.providers?.(defaults) };
  const events: EventBus = database.pool
    ? await PostgresEventBus.start(database.pool, (error) => app.log.error({ err: error }, 'event bus'))
    : new InProcessEventBus();
  // The developer aids read codes and captchas aloud: only with the outbox and when enabled (never
  // by default in production).
  const devTools =
    providers.sms.kind === 'outbox' && config.devTools ? { captchas: new DevCaptchaLog() } : null;
  app.decorate('ctx', {
    config,
    db: database.db,
    database,
    cipher,
    providers,
    events,
    devTools,
    log: app.log,
  });
  app.addHook('onClose', async () => {
    await events.close();
    if (!options.database) await database.close();
  });

  await app.register(fastifyCookie);
  await app.register(securityHeadersPlugin);
  // Text PostgreSQL cannot store (NUL) and impossible dates are a 400 before any route sees them.
  app.addHook('preValidation', async (request) => assertStorableInput(request));
  await app.register(errorsPlugin);
  await app.register(openApiPlugin);
  await app.register(registerModules);
  await app.register(webPlugin);
  return app;
}
