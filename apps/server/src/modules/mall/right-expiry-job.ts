import type { AppContext } from '../../context';
import { expireRights } from './expire-rights';

const EVERY_MS = 10 * 60_000;

/**
 * Every 10 minutes, what is left of ended rights expires (expire-rights.ts). Started by main.ts,
 * not by buildApp, so tests call the use case with their own clock. Returns the stop.
 */
export function startRightExpiryJob(ctx: AppContext): () => void {
  const run = () =>
    expireRights(ctx, { now: new Date() }).then(
      ({ expired }) => {
        if (expired) ctx.log.info(`rights expired: ${expired}`);
      },
      (error: unknown) => ctx.log.error({ err: error }, 'right expiry job failed'),
    );
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  void run();
  return () => clearInterval(timer);
}
