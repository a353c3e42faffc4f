import { SEARCH_COUNT_CAP } from '@openrecruit/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestCompany } from '../../../test/factories';
import { loginSeeker } from '../../../test/factories/job-search';
import type { TestClient } from '../../../test/http-client';
import { jobs } from '../../db/schema';
import { indexNewJobs } from './reindex-jobs';

// In a file of its own: 10,001 jobs take a few seconds to load, in parallel with the other files.
describe('GET /api/seeker/jobs: the count', () => {
  let t: TestApp;
  let seeker: TestClient;
  beforeAll(async () => {
    t = await buildTestApp();
    seeker = (await loginSeeker(t)).client;
    const company = await createTestCompany(t.database.db);
    const row = (n: number) => ({
      companyId: company.id,
      title: n === 0 ? '叉车司机' : '普通工人',
      occupation: n === 0 ? '叉车司机' : '普通工人',
      salaryMin: 6000,
      salaryMax: 8000,
      headcount: 1,
      workNature: '01',
      workArea: n === 0 ? '310115' : '310104',
      description: '负责货物收发。',
      skills: '吃苦耐劳。',
      contactName: '王先生',
      contactPhone: '021-63210000',
    });
    // SEARCH_COUNT_CAP jobs in 徐汇 and one more in 浦东: one over the cap in all.
    const values = Array.from({ length: SEARCH_COUNT_CAP + 1 }, (_, n) => row(n));
    for (let i = 0; i < values.length; i += 1000) {
      const inserted = await t.database.db
        .insert(jobs)
        .values(values.slice(i, i + 1000))
        .returning({ id: jobs.id });
      await indexNewJobs(
        t.database.db,
        inserted.map((r) => r.id),
      );
    }
  }, 120_000);
  afterAll(() => t.close());

  it('is exact up to 10,000 and says 10000+ beyond', async () => {
    expect(await list(seeker, 'limit=1')).toMatchObject({ total: 10_000, totalCapped: true });
    expect(await list(seeker, 'limit=1&area=310104')).toMatchObject({ total: 10_000, totalCapped: false });
    expect(await list(seeker, 'limit=1&keyword=通工人')).toMatchObject({
      total: 10_000,
      totalCapped: false,
    });
    expect(await list(seeker, 'limit=1&keyword=叉车')).toMatchObject({ total: 1, totalCapped: false });
  });
});

async function list(client: TestClient, query: string) {
  const response = await client.get(`/api/seeker/jobs?${query}`);
  expect(response.status).toBe(200);
  return response.body;
}
