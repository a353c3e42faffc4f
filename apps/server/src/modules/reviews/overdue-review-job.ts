import type { AppContext } from '../../context';
import { notifyOverdueReviews } from './notify-overdue-reviews';

const EVERY_MS = 10 * 60_000;

/**
 * Every 10 minutes, the overdue reviews are notified (notify-overdue-reviews.ts). Started by
 * main.ts, not by buildApp, so tests call the use case with their own clock. Returns the stop.
 */
export function startOverdueReviewJob(ctx: AppContext): () => void {
  const run = () =>
    notifyOverdueReviews(ctx, { now: new Date() }).then(
      ({ notified }) => {
        if (notified) ctx.log.info(`overdue reviews notified: ${notified}`);
      },
      (error: unknown) => ctx.log.error({ err: error }, 'overdue review job failed'),
    );
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  void run();
  return () => clearInterval(timer);
}
