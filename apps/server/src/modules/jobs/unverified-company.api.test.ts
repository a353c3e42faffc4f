import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createApplicant, createTestCompany, createTestJob } from '../../../test/factories';
import { companies } from '../../db/schema';
import { reindexJob, reindexJobs } from './reindex-jobs';

describe('a company that is not verified does not appear to seekers (issue 4)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('its jobs are not found by search, detail, public page or apply until it is verified', async () => {
    const company = await createTestCompany(t.database.db, {
      verificationState: 'pending',
      verifiedAt: null,
      name: '上海待审核科技有限公司',
    });
    const job = await createTestJob(t.database.db, { companyId: company.id, title: '待审核单位专员' });
    await reindexJob(t.database.db, job.id);
    const { client } = await createApplicant(t.app);

    const search = await client.get(`/api/seeker/jobs?keyword=${encodeURIComponent('待审核单位')}`);
    expect(search.body).toMatchObject({ total: 0, items: [] });
    expect((await client.get(`/api/seeker/jobs/${job.id}`)).status).toBe(404);
    expect((await client.get(`/api/public/jobs/${job.id}`)).status).toBe(404);
    expect((await client.post('/api/seeker/applications', { jobId: job.id })).status).toBe(404);

    await t.database.db
      .update(companies)
      .set({ verificationState: 'verified', verifiedAt: new Date() })
      .where(eq(companies.id, company.id));
    await reindexJobs(t.database.db, [job.id]);
    const found = await client.get(`/api/seeker/jobs?keyword=${encodeURIComponent('待审核单位')}`);
    expect(found.body.items.map((item: { id: string }) => item.id)).toEqual([job.id]);
    expect((await client.get(`/api/seeker/jobs/${job.id}`)).status).toBe(200);
  });
});
