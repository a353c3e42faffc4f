import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { seedDemoDataIfEmpty } from './db/seed/seed-demo';
import { startExpiredOrdersJob } from './modules/billing/expired-orders-job';
import { startReconciliationJob } from './modules/billing/reconciliation-job';
import { startCloudLiveJob } from './modules/cloud-live/cloud-live-job';
import { startRightExpiryJob } from './modules/mall/right-expiry-job';
import { startMediaSignalsJob } from './modules/media/media-signals-job';
import { startOverdueReviewJob } from './modules/reviews/overdue-review-job';
import { startVideoQueueJob } from './modules/video-interviews/video-queue-job';

/** `npm start`: migrate, load demo data into an empty database, serve everything on one port. */
async function main() {
  const config = loadConfig();
  const app = await buildApp({ config });
  let stopJobs = () => {};
  // Installed before the demo data loads: Ctrl-C during the first start closes the database
  // cleanly, and the load (one transaction) is rolled back and done again at the next start.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info(`${signal}: closing`);
      stopJobs();
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  if (config.seedDemo) {
    const started = Date.now();
    if (await seedDemoDataIfEmpty(app.ctx)) app.log.info(`demo data loaded in ${Date.now() - started} ms`);
  }
  await app.listen({ port: config.port, host: config.host });
  const stops = [
    startOverdueReviewJob(app.ctx),
    startExpiredOrdersJob(app.ctx),
    startRightExpiryJob(app.ctx),
    startReconciliationJob(app.ctx),
    startMediaSignalsJob(app.ctx),
    startCloudLiveJob(app.ctx),
    startVideoQueueJob(app.ctx),
  ];
  stopJobs = () => {
    for (const stop of stops) stop();
  };
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
