import type { AppContext } from '../../context';
import { sweepCloudLive } from './sweep-cloud-live';

const EVERY_MS = 5 * 60_000;

/** Every 5 minutes, broadcasts forgotten live are ended (sweep-cloud-live.ts). Started by main.ts. */
export function startCloudLiveJob(ctx: AppContext): () => void {
  const run = () =>
    sweepCloudLive(ctx, { now: new Date() }).then(
      ({ ended }) => {
        if (ended) ctx.log.info(`forgotten live broadcasts ended: ${ended}`);
      },
      (error: unknown) => ctx.log.error({ err: error }, 'cloud live sweep failed'),
    );
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
