import { CLOUD_LIVE_LIMITS } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { findOverdueLive } from './cloud-live.repository';
import { closeBroadcast } from './end-cloud-live';

export interface SweepCloudLiveOptions {
  now: Date;
}

/** A broadcast still live an hour after its planned end was forgotten: it is ended. */
export async function sweepCloudLive(ctx: AppContext, options: SweepCloudLiveOptions) {
  const before = new Date(options.now.getTime() - CLOUD_LIVE_LIMITS.endGraceMinutes * 60_000);
  let ended = 0;
  for (const row of await findOverdueLive(ctx.db, before)) {
    if (await closeBroadcast(ctx, row, options.now)) ended += 1;
  }
  return { ended };
}
