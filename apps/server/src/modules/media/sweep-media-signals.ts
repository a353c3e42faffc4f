import { MEDIA_LIMITS } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { deleteMediaSignalsBefore } from './media.repository';

export interface SweepMediaSignalsOptions {
  now: Date;
}

/** Removes signals nobody read within their lifetime (the receiver left): they are useless after it. */
export async function sweepMediaSignals(ctx: AppContext, options: SweepMediaSignalsOptions) {
  const before = new Date(options.now.getTime() - MEDIA_LIMITS.signalTtlSeconds * 1000);
  return { removed: await deleteMediaSignalsBefore(ctx.db, before) };
}
