import type { AppContext } from '../../context';
import { sweepMediaSignals } from './sweep-media-signals';

const EVERY_MS = 60_000;

/** Every minute, unread signals past their lifetime are swept. Started by main.ts; returns the stop. */
export function startMediaSignalsJob(ctx: AppContext): () => void {
  const run = () =>
    sweepMediaSignals(ctx, { now: new Date() }).then(
      ({ removed }) => {
        if (removed) ctx.log.debug(`stale media signals swept: ${removed}`);
      },
      (error: unknown) => ctx.log.error({ err: error }, 'media signals sweep failed'),
    );
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
