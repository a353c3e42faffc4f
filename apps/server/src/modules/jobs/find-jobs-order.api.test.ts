import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestCompany } from '../../../test/factories';
import { createIndexedJob, loginSeeker } from '../../../test/factories/job-search';
import type { TestClient } from '../../../test/http-client';
import { jobPins } from '../../db/schema';
import { shanghaiDate } from '../../lib/shanghai-time';

const MINUTE = 60_000;
const DAY = 86_400_000;
const day = (offset: number) => shanghaiDate(new Date(Date.now() + offset * DAY));

describe('GET /api/seeker/jobs: pinned jobs first, then newest first, page by page', () => {
  let t: TestApp;
  let seeker: TestClient;
  /** no[n] is job n; job 1 is the newest; jobs 5 to 8 share one publication time. */
  const no: string[] = [];
  const numberOf = new Map<string, number>();
  const list = async (query: string) => {
    const response = await seeker.get(`/api/seeker/jobs?${query}`);
    expect(response.status).toBe(200);
    return response.body;
  };
  const numbers = (items: { id: string; pinned: boolean }[]) =>
    items.map((item) => `${numberOf.get(item.id)}${item.pinned ? '*' : ''}`);

  beforeAll(async () => {
    t = await buildTestApp();
    seeker = (await loginSeeker(t)).client;
    const company = await createTestCompany(t.database.db);
    const now = Date.now();
    for (let n = 1; n <= 25; n++) {
      const job = await createIndexedJob(t, {
        companyId: company.id,
        title: '仓库管理员',
        workArea: n % 2 === 0 ? '310115' : '310104',
        publishedAt: new Date(now - (n >= 5 && n <= 8 ? 5 : n) * MINUTE),
      });
      no[n] = job.id;
      numberOf.set(job.id, n);
    }
    const pin = (n: number, areas: string[], from: number, to: number) => ({
      jobId: no[n]!,
      areas,
      startDate: day(from),
      endDate: day(to),
    });
    await t.database.db.insert(jobPins).values([
      pin(25, ['310000'], -7, 7),
      pin(25, ['310000', '310104'], 0, 0), // a second pin of the same job: listed once
      pin(10, ['310000'], 0, 7),
      pin(24, ['310115'], -7, 0),
      pin(23, ['310000'], -7, -1), // ended yesterday
      pin(22, ['310000'], 1, 7), // starts tomorrow
      pin(21, ['OUT'], -7, 7), // pinned out of town, not in Shanghai searches
    ]);
  });
  afterAll(() => t.close());

  it('puts the jobs pinned today city-wide on top when the area is 不限 or 全市', async () => {
    const expected = ['10*', '25*', '1', '2', '3', '4'];
    expect(numbers((await list('limit=6')).items)).toEqual(expected);
    expect(numbers((await list('limit=6&area=310000')).items)).toEqual(expected);
    expect((await list('limit=50')).items.filter((item: { pinned: boolean }) => item.pinned)).toHaveLength(2);
  });

  it('in a district, puts its own pins and the city-wide pins of its jobs on top', async () => {
    expect(numbers((await list('limit=4&area=310115')).items)).toEqual(['10*', '24*', '2', '4']);
    expect(numbers((await list('limit=3&area=310104')).items)).toEqual(['25*', '1', '3']);
  });

  it('pins only jobs that match the search', async () => {
    expect(numbers((await list('limit=3&keyword=仓库&area=310104')).items)).toEqual(['25*', '1', '3']);
    expect((await list('keyword=火箭')).items).toEqual([]);
  });

  it('walks every page without repeating or skipping a job, across pins and equal times', async () => {
    const all = numbers((await list('limit=50')).items);
    expect(all).toHaveLength(25);
    for (const limit of [1, 2, 3, 7]) {
      const walked: string[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 30; page++) {
        const query: string = `limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
        const body = await list(query);
        walked.push(...numbers(body.items));
        expect(body.total).toBe(25);
        cursor = body.nextCursor;
        if (!cursor) break;
      }
      expect(walked).toEqual(all);
    }
  });
});
