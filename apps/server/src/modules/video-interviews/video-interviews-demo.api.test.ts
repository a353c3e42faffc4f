import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { TestClient } from '../../../test/http-client';
import { applications, videoFairInterviews } from '../../db/schema';
import { DEMO } from '../../db/seed/demo-accounts';
import { DEMO_VIDEO_FAIRS } from '../../db/seed/demo-video-fairs';
import { seedDemoDataIfEmpty } from '../../db/seed/seed-demo';

describe('[DEMO] 视频双选会面试 demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
    await seedDemoDataIfEmpty(t.app.ctx);
  }, 300_000);
  afterAll(() => t.close());

  it('面试间 1 of the demo company: 2 待处理, 3 queued (the demo seeker), 2 evaluated in 简历管理, 1 未到场, 1 invited', async () => {
    const rows = await t.database.db
      .select()
      .from(videoFairInterviews)
      .where(eq(videoFairInterviews.registrationId, DEMO_VIDEO_FAIRS.liveRegistration));
    const count = (state: string) => rows.filter((row) => row.state === state).length;
    expect([
      count('applied'),
      count('queued'),
      count('completed'),
      count('no_show'),
      count('invited'),
    ]).toEqual([2, 3, 2, 1, 1]);
    const evaluated = rows.filter((row) => row.state === 'completed');
    for (const row of evaluated) {
      expect(row.evaluatedAt).not.toBeNull();
      const [record] = await t.database.db
        .select()
        .from(applications)
        .where(eq(applications.id, row.applicationId!));
      expect(record?.mark).not.toBeNull();
    }
    const seeker = new TestClient(t.app, '203.0.113.250');
    expect((await seeker.login('seeker', DEMO.seeker.idNumber, DEMO.seeker.password)).status).toBe(200);
    const mine = await seeker.get('/api/seeker/video-interviews?scope=open');
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({ state: 'queued', place: { position: 2 }, present: false });
  });
});
