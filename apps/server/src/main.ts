import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { seedDemoDataIfEmpty } from './db/seed/seed-demo';

/** `npm start`: migrate, load demo data into an empty database, serve everything on one port. */
async function main() {
  const config = loadConfig();
  const app = await buildApp({ config });
  if (config.seedDemo) await seedDemoDataIfEmpty(app.ctx);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info(`${signal}: closing`);
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  await app.listen({ port: config.port, host: config.host });
  const base = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
  app.log.info(
    `OpenRecruit 开放招聘 is running on ${config.database.engine === 'pglite' ? `embedded PGlite (${config.database.dir})` : 'PostgreSQL'}: ${base}/ (docs ${base}/docs${app.ctx.providers.sms.kind === 'outbox' ? `, SMS outbox ${base}/dev/sms` : ''})`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('OpenRecruit failed to start:', error);
  }
  process.exit(1);
});
