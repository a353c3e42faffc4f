import { ERROR_CATALOGUE, FAVOURITES_LIMIT } from '@openrecruit/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createSignedInSeeker, createTestCompany, createTestJob } from '../../../test/factories';
import { TestClient } from '../../../test/http-client';
import { favourites, jobPins, jobs } from '../../db/schema';

describe('[SEEKER] 我的收藏夹 (seed 000 §七)', () => {
  let t: TestApp;
  let companyId: string;
  let companyName: string;
  beforeAll(async () => {
    t = await buildTestApp();
    const company = await createTestCompany(t.database.db, { name: '上海申城精密机械有限公司' });
    companyId = company.id;
    companyName = company.name;
  });
  afterAll(() => t.close());

  const newJobs = (n: number, overrides: Parameters<typeof createTestJob>[1] | object = {}) =>
    Promise.all(
      Array.from({ length: n }, (_, i) =>
        createTestJob(t.database.db, { companyId, title: `数控车工${i + 1}`, ...overrides }),
      ),
    );
  const add = (client: TestClient, jobId: string) => client.post('/api/seeker/favourites', { jobId });
  const remove = (client: TestClient, jobId: string) =>
    client.request('DELETE', `/api/seeker/favourites/${jobId}`);

  async function storedCount(accountId: string) {
    return (await t.database.db.select().from(favourites).where(eq(favourites.seekerAccountId, accountId)))
      .length;
  }

  it('adds a job with its summary; adding it again changes nothing', async () => {
    const { client, accountId } = await createSignedInSeeker(t.app);
    const [job] = await newJobs(1, { salaryMin: 7000, salaryMax: 9000, headcount: 3 });
    const added = await add(client, job!.id);
    expect(added.status).toBe(200);
    expect(added.body).toEqual({
      limit: FAVOURITES_LIMIT,
      total: 1,
      page: 1,
      pageSize: FAVOURITES_LIMIT,
      items: [
        {
          job: {
            id: job!.id,
            title: '数控车工1',
            companyName,
            salaryMin: 7000,
            salaryMax: 9000,
            education: '30',
            ageMin: 18,
            ageMax: 45,
            headcount: 3,
            workArea: '310101',
            publishedAt: job!.publishedAt.toISOString(),
            pinned: false,
            state: 'recruiting',
          },
          createdAt: expect.any(String),
        },
      ],
    });
    const again = await add(client, job!.id);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(added.body);
    expect(await storedCount(accountId)).toBe(1);
  });

  it('lists newest first and refuses the 11th with FAVOURITES_FULL and the exact message', async () => {
    const { client, accountId } = await createSignedInSeeker(t.app);
    const eleven = await newJobs(11);
    for (const job of eleven.slice(0, 10)) expect((await add(client, job.id)).status).toBe(200);
    const list = await client.get('/api/seeker/favourites');
    expect(list.body.items.map((f: { job: { id: string } }) => f.job.id)).toEqual(
      eleven
        .slice(0, 10)
        .map((j) => j.id)
        .reverse(),
    );

    const full = await add(client, eleven[10]!.id);
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('FAVOURITES_FULL');
    expect(full.body.message).toBe('收藏岗位已达上限（10条），请先在“编辑”中删除部分收藏');
    expect(full.body.message).toBe(ERROR_CATALOGUE.FAVOURITES_FULL.message);
    expect(await storedCount(accountId)).toBe(10);

    // Re-adding one already there is still fine at the limit; after a delete the 11th fits.
    expect((await add(client, eleven[0]!.id)).status).toBe(200);
    const removed = await remove(client, eleven[0]!.id);
    expect(removed.status).toBe(200);
    expect(removed.body.items).toHaveLength(9);
    expect((await add(client, eleven[10]!.id)).status).toBe(200);
    expect(await storedCount(accountId)).toBe(10);
  });

  it('stores exactly 10 of 20 parallel adds to 20 jobs from an empty account', async () => {
    const { client, accountId } = await createSignedInSeeker(t.app);
    const twenty = await newJobs(20);
    const responses = await Promise.all(twenty.map((job) => add(client, job.id)));
    expect(responses.filter((r) => r.status === 200)).toHaveLength(10);
    expect(responses.filter((r) => r.body.code === 'FAVOURITES_FULL')).toHaveLength(10);
    expect(await storedCount(accountId)).toBe(10);
    expect((await client.get('/api/seeker/favourites')).body.items).toHaveLength(10);
  });

  it('shows a job that stopped recruiting as offline, and refuses to newly favourite an offline one', async () => {
    const { client, accountId } = await createSignedInSeeker(t.app);
    const [stopping, offline] = await newJobs(2);
    await add(client, stopping!.id);
    await t.database.db.update(jobs).set({ state: 'offline' }).where(eq(jobs.id, stopping!.id));
    await t.database.db.update(jobs).set({ state: 'offline' }).where(eq(jobs.id, offline!.id));

    const list = await client.get('/api/seeker/favourites');
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0].job).toMatchObject({ id: stopping!.id, state: 'offline' });
    expect((await add(client, stopping!.id)).status).toBe(200);

    const refused = await add(client, offline!.id);
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual({
      code: 'JOB_NOT_RECRUITING',
      message: ERROR_CATALOGUE.JOB_NOT_RECRUITING.message,
    });
    expect(await storedCount(accountId)).toBe(1);
  });

  it('marks a job pinned today', async () => {
    const { client } = await createSignedInSeeker(t.app);
    const [job] = await newJobs(1);
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    await t.database.db
      .insert(jobPins)
      .values({ jobId: job!.id, areas: ['310000'], startDate: today, endDate: today });
    expect((await add(client, job!.id)).body.items[0].job.pinned).toBe(true);
  });

  it('answers 404 for an unknown job and 400 for a malformed id', async () => {
    const { client } = await createSignedInSeeker(t.app);
    const unknown = await add(client, '00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
    const malformed = await add(client, 'job-1');
    expect(malformed.status).toBe(400);
    expect(malformed.body.details.fields).toEqual([{ field: 'jobId', reason: '职位ID格式不正确' }]);
    expect((await remove(client, 'job-1')).status).toBe(400);
  });

  it('deletes only the caller’s favourites: another seeker sees none and gets 404', async () => {
    const owner = await createSignedInSeeker(t.app);
    const other = await createSignedInSeeker(t.app);
    const [job] = await newJobs(1);
    await add(owner.client, job!.id);

    expect((await other.client.get('/api/seeker/favourites')).body.items).toEqual([]);
    const foreign = await remove(other.client, job!.id);
    expect(foreign.status).toBe(404);
    expect(await storedCount(owner.accountId)).toBe(1);

    const removed = await remove(owner.client, job!.id);
    expect(removed.status).toBe(200);
    expect(removed.body.items).toEqual([]);
    expect((await remove(owner.client, job!.id)).status).toBe(404);
  });

  it('answers 401 without a seeker session', async () => {
    const anonymous = new TestClient(t.app);
    expect((await anonymous.get('/api/seeker/favourites')).status).toBe(401);
    expect((await anonymous.post('/api/seeker/favourites', { jobId: crypto.randomUUID() })).status).toBe(401);
  });
});
