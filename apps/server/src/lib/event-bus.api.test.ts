import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app';
import { type BusEvent, PostgresEventBus } from './event-bus';

describe('event bus', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('delivers an event to the subscribers of its topic only', async () => {
    const received: BusEvent[] = [];
    const unsubscribe = t.app.ctx.events.subscribe('account:a', (event) => received.push(event));
    t.app.ctx.events.subscribe('account:b', () => {
      throw new Error('wrong topic');
    });
    await t.app.ctx.events.publish({ topic: 'account:a', type: 'message', data: { applicationId: 'x' } });
    await expect.poll(() => received.length).toBe(1);
    unsubscribe();
    await t.app.ctx.events.publish({ topic: 'account:a', type: 'message' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received).toEqual([{ topic: 'account:a', type: 'message', data: { applicationId: 'x' } }]);
  });

  it.runIf(process.env.TEST_DB_ENGINE === 'postgres')(
    'crosses instances on PostgreSQL (LISTEN/NOTIFY)',
    async () => {
      const other = await PostgresEventBus.start(t.database.pool!, () => undefined);
      const received: BusEvent[] = [];
      other.subscribe('account:c', (event) => received.push(event));
      await t.app.ctx.events.publish({ topic: 'account:c', type: 'notification' });
      await expect.poll(() => received.length).toBe(1);
      await other.close();
    },
  );
});
