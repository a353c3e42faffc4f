import type { CloudLive } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { SeekerCaller } from '../../plugins/access';
import { touchPresence } from './cloud-live.repository';
import { getCloudLive } from './get-cloud-live';
import { presentViewers, requireViewableLive } from './live-access';
import { announceCloudLive } from './live-events';

export interface ReportPresenceOptions {
  seeker: SeekerCaller;
  presentationId: string;
}

/**
 * A viewer's heartbeat (every 10 s while the page is open): while it is live the viewer counts as
 * present, so the presenter may signal them. A newcomer is announced (the viewers count changes).
 */
export async function reportPresence(ctx: AppContext, options: ReportPresenceOptions): Promise<CloudLive> {
  const row = await requireViewableLive(ctx, options.seeker, options.presentationId);
  if (row.liveState === 'live') {
    const before = await presentViewers(ctx.db, row.id);
    await touchPresence(ctx.db, row.id, options.seeker.accountId);
    if (!before.includes(options.seeker.accountId)) await announceCloudLive(ctx, row);
  }
  return getCloudLive(ctx, { caller: { seeker: options.seeker }, presentationId: row.id });
}
