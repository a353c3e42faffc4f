import type { AppContext } from '../../context';

/**
 * Live updates to the seeker's devices (the SSE endpoint forwards `account:<id>`). Published after
 * the transaction commits; events carry ids only and the client refetches. A lost event costs a
 * stale screen, never data, so a failure to publish is logged and does not fail the request.
 */
export async function notifySeeker(
  ctx: Pick<AppContext, 'events' | 'log'>,
  seekerAccountId: string,
  event: { type: 'applications.changed' } | { type: 'message'; kind: string },
  applicationId: string,
) {
  const data = event.type === 'message' ? { applicationId, kind: event.kind } : { applicationId };
  try {
    await ctx.events.publish({ topic: `account:${seekerAccountId}`, type: event.type, data });
  } catch (error) {
    ctx.log.warn({ err: error, applicationId }, 'could not publish an application event');
  }
}
