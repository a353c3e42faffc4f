import type { BusEvent } from '../src/lib/event-bus';
import type { TestApp } from './build-test-app';

/**
 * Records the live events of one topic. On PostgreSQL, LISTEN/NOTIFY delivers after the commit and
 * later under load, so a test that expects an event waits for it (`waitFor`) instead of reading
 * the list right after the request.
 */
export function listenTo(app: TestApp['app'], topic: string) {
  const received: BusEvent[] = [];
  const waiters: { type: string; resolve: (event: BusEvent) => void }[] = [];
  const unsubscribe = app.ctx.events.subscribe(topic, (event) => {
    received.push(event);
    for (const waiter of waiters.filter((w) => w.type === event.type)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(event);
    }
  });
  return {
    received,
    types: () => received.map((event) => event.type),
    /** The first event of `type` (already received or still to come), or a rejection after `timeoutMs`. */
    waitFor(type: string, timeoutMs = 5_000): Promise<BusEvent> {
      const already = received.find((event) => event.type === type);
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(
            new Error(
              `no '${type}' event on ${topic} within ${timeoutMs} ms (got: ${received.map((e) => e.type).join(', ') || 'none'})`,
            ),
          );
        }, timeoutMs);
        waiters.push({
          type,
          resolve: (event) => {
            clearTimeout(timer);
            resolve(event);
          },
        });
      });
    },
    stop: unsubscribe,
  };
}
