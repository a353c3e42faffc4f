import type { AppContext } from '../../context';
import { sweepVideoQueues } from './sweep-video-queues';
import { VIDEO_QUEUE_RULES } from './video-interview-rules';

/**
 * Every few seconds, the 视频双选会 queues' presence, hold window and no-shows (sweep-video-queues.ts).
 * Started by main.ts, not by buildApp, so tests call the use case with their own clock. Safe on
 * every instance (guarded UPDATEs). Returns the stop.
 */
export function startVideoQueueJob(ctx: AppContext): () => void {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    sweepVideoQueues(ctx, { now: new Date() })
      .then(
        ({ dropped, left, noShows }) => {
          if (left || noShows)
            ctx.log.info(`video queues: ${dropped} dropped, ${left} left, ${noShows} no-shows`);
        },
        (error: unknown) => ctx.log.error({ err: error }, 'video queue job failed'),
      )
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(run, VIDEO_QUEUE_RULES.sweepEveryMs);
  timer.unref();
  return () => clearInterval(timer);
}
