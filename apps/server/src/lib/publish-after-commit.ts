import type { LiveMessage } from '@openrecruit/shared';
import type { AppContext } from '../context';

/**
 * Publishes live events once the transaction that caused them has committed (call it after
 * `await ctx.db.transaction(...)` returns, never inside). Build each message with `live.*` from
 * packages/shared/src/events.ts. A lost event costs a stale screen, never data (the client
 * refetches on reconnect), so a failed publish is logged and never fails the request.
 */
export async function publishAfterCommit(
  ctx: Pick<AppContext, 'events' | 'log'>,
  ...messages: LiveMessage[]
): Promise<void> {
  for (const message of messages) {
    try {
      await ctx.events.publish(message);
    } catch (error) {
      ctx.log.warn(
        { err: error, topic: message.topic, type: message.type },
        'could not publish a live event',
      );
    }
  }
}
