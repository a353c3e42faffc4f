import { type LiveMessage, live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { presentViewers } from './live-access';

/**
 * `cloud-live.changed` to the company's consoles and to every viewer present (SSE is per account;
 * the viewing page also refetches every few seconds, so a viewer who just arrived misses nothing).
 */
export async function announceCloudLive(
  ctx: AppContext,
  presentation: { id: string; companyId: string },
  alsoTo: string[] = [],
) {
  const viewers = new Set([...(await presentViewers(ctx.db, presentation.id)), ...alsoTo]);
  const data = { presentationId: presentation.id };
  const messages: LiveMessage[] = [
    live.company(presentation.companyId, { type: 'cloud-live.changed', data }),
  ];
  for (const viewer of viewers) messages.push(live.seeker(viewer, { type: 'cloud-live.changed', data }));
  await publishAfterCommit(ctx, ...messages);
}
