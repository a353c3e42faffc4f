import type { AppContext } from '../../context';
import { closeExpiredOrders } from './close-expired-orders';

const EVERY_MS = 60_000;

/**
 * Every minute, unpaid recharge orders past their expiry are closed (close-expired-orders.ts).
 * Started by main.ts, not by buildApp, so tests call the use case with their own clock.
 */
export function startExpiredOrdersJob(ctx: AppContext): () => void {
  const run = () =>
    closeExpiredOrders(ctx, { now: new Date() }).then(
      ({ closed, paid, failed }) => {
        if (closed || paid || failed)
          ctx.log.info({ closed, paid, failed }, 'expired payment orders handled');
      },
      (error: unknown) => ctx.log.error({ err: error }, 'expired orders job failed'),
    );
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  void run();
  return () => clearInterval(timer);
}
