import { and, count, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { TestClient } from '../../../test/http-client';
import { jobPins, jobs, seekers } from '../schema';
import { DEMO } from './demo-accounts';
import { DEMO_SIZE, seedDemoDataIfEmpty } from './seed-demo';

describe('demo data: every job is searchable and a few are pinned on top', () => {
  let t: TestApp;
  let seeker: TestClient;
  beforeAll(async () => {
    t = await buildTestApp();
    await seedDemoDataIfEmpty(t.app.ctx);
    seeker = new TestClient(t.app);
    const login = await seeker.login('seeker', DEMO.seeker.idNumber, DEMO.seeker.password);
    await t.database.db
      .update(seekers)
      .set({ education: '20', politicalStatus: '13', profileCompletedAt: new Date() })
      .where(and(eq(seekers.accountId, login.body.account.id), isNull(seekers.profileCompletedAt)));
  }, 180_000);
  afterAll(() => t.close());

  it('finds every recruiting demo job, the city-wide pins first', async () => {
    const [recruiting] = await t.database.db
      .select({ n: count() })
      .from(jobs)
      .where(eq(jobs.state, 'recruiting'));
    expect(recruiting!.n).toBeGreaterThan(DEMO_SIZE.jobs - 10);
    const response = await seeker.get('/api/seeker/jobs?limit=5');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ total: recruiting!.n, totalCapped: false });
    expect(response.body.items.map((item: { pinned: boolean }) => item.pinned)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('pins jobs in 徐汇 and 黄浦 for those districts, from a week ago to a week ahead', async () => {
    for (const area of ['310104', '310101']) {
      const { body } = await seeker.get(`/api/seeker/jobs?area=${area}&limit=5`);
      const pinned = body.items.filter((item: { pinned: boolean }) => item.pinned);
      expect(pinned.map((item: { workArea: string }) => item.workArea)).toContain(area);
      expect(body.items.slice(0, pinned.length).every((item: { pinned: boolean }) => item.pinned)).toBe(true);
    }
    const pins = await t.database.db.select().from(jobPins);
    expect(pins).toHaveLength(5);
    for (const pin of pins) expect(pin.endDate > pin.startDate).toBe(true);
  });
});
