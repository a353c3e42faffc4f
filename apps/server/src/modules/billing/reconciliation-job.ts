import type { AppContext } from '../../context';
import { shanghaiDate } from '../../lib/shanghai-time';
import { reconcileTradeBill } from './reconcile-trade-bill';

const EVERY_MS = 3_600_000;
/** WeChat Pay's bill of a day is ready from 10:00 the next morning (Shanghai). */
const BILL_READY_HOUR = 10;

/**
 * Once a day, after the provider's bill of yesterday is ready, 对账 runs for yesterday: payments
 * not credited are checked and credited, and any other difference is logged for the operators
 * (who can run it again for any day in /ops 对账). Started by main.ts; safe to run twice.
 */
export function startReconciliationJob(ctx: AppContext): () => void {
  let lastDate = '';
  const run = () => {
    const now = new Date();
    const hour = Number(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', hour12: false }).format(
        now,
      ),
    );
    const yesterday = shanghaiDate(new Date(now.getTime() - 86_400_000));
    if (hour < BILL_READY_HOUR || yesterday === lastDate) return;
    lastDate = yesterday;
    reconcileTradeBill(ctx, { date: yesterday }).then(
      (report) =>
        ctx.log.info(
          {
            date: report.date,
            reportId: report.id,
            matched: report.matched,
            mismatches: report.mismatches.length,
          },
          'daily reconciliation',
        ),
      (error: unknown) => {
        lastDate = '';
        ctx.log.error({ err: error, date: yesterday }, 'daily reconciliation failed');
      },
    );
  };
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  run();
  return () => clearInterval(timer);
}
