import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestCompany } from '../../../test/factories';
import { createIndexedJob, loginSeeker } from '../../../test/factories/job-search';
import { TestClient } from '../../../test/http-client';
import { applications, favourites, jobPins, jobs } from '../../db/schema';
import { ageOn, shanghaiDate } from '../../lib/shanghai-time';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('GET /api/seeker/jobs/:jobId and /api/public/jobs/:jobId', () => {
  let t: TestApp;
  let company: Awaited<ReturnType<typeof createTestCompany>>;
  let job: Awaited<ReturnType<typeof createIndexedJob>>;
  beforeAll(async () => {
    t = await buildTestApp();
    company = await createTestCompany(t.database.db, {
      name: '上海浦江物流有限公司',
      introduction: '专业仓储物流。',
    });
    job = await createIndexedJob(t, {
      companyId: company.id,
      title: '仓库主管',
      occupation: '仓库管理员',
      education: '20',
      ageMin: 18,
      ageMax: 35,
      probationMonths: 3,
      probationSalary: 5600,
    });
    await t.database.db
      .insert(jobPins)
      .values({ jobId: job.id, areas: ['310000'], startDate: shanghaiDate(), endDate: shanghaiDate() });
  });
  afterAll(() => t.close());

  it('shows the job, its company, the probation and the seeker’s own state', async () => {
    const { client, accountId } = await loginSeeker(t, { birth: '19950610', education: '20' });
    const response = await client.get(`/api/seeker/jobs/${job.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: job.id,
      title: '仓库主管',
      companyName: '上海浦江物流有限公司',
      salaryMin: 6000,
      salaryMax: 8000,
      education: '20',
      ageMin: 18,
      ageMax: 35,
      headcount: 2,
      workArea: '310101',
      publishedAt: job.publishedAt.toISOString(),
      pinned: true,
      occupation: '仓库管理员',
      workNature: '01',
      address: '上海市黄浦区人民大道200号',
      description: '负责日常行政事务。',
      skills: '熟练使用办公软件。',
      probationMonths: 3,
      probationSalary: 5600,
      isCampus: false,
      state: 'recruiting',
      company: {
        id: company.id,
        name: '上海浦江物流有限公司',
        nature: 'private',
        industry: 'I',
        address: '上海市黄浦区人民大道200号',
        introduction: '专业仓储物流。',
        shortName: null,
        scale: null,
        website: null,
        logoUrl: null,
        photos: [],
        benefitTags: [],
      },
      favourite: false,
      application: null,
      warnings: [],
    });

    await t.database.db.insert(favourites).values({ seekerAccountId: accountId, jobId: job.id });
    const [applied] = await t.database.db
      .insert(applications)
      .values({ seekerAccountId: accountId, jobId: job.id, companyId: company.id })
      .returning();
    expect((await client.get(`/api/seeker/jobs/${job.id}`)).body).toMatchObject({
      favourite: true,
      application: { id: applied!.id, state: 'submitted' },
    });
    // A withdrawn application is history, not the current one.
    await t.database.db
      .update(applications)
      .set({ state: 'withdrawn', withdrawnAt: new Date() })
      .where(eq(applications.id, applied!.id));
    expect((await client.get(`/api/seeker/jobs/${job.id}`)).body.application).toBeNull();
  });

  it('warns when the seeker’s age or education does not meet the job', async () => {
    const birth = '19800115';
    const age = ageOn('1980-01-15', shanghaiDate());
    const { client } = await loginSeeker(t, { birth, education: '30' });
    expect((await client.get(`/api/seeker/jobs/${job.id}`)).body.warnings).toEqual([
      `该岗位要求年龄18至35周岁，您目前${age}周岁。`,
      '该岗位要求大学本科及以上学历，您的学历为大学专科/高职。',
    ]);
    const older = await loginSeeker(t, { birth, education: '10' });
    expect((await older.client.get(`/api/seeker/jobs/${job.id}`)).body.warnings).toEqual([
      `该岗位要求年龄18至35周岁，您目前${age}周岁。`,
    ]);
    const noProfile = await loginSeeker(t, { birth: '19990101', education: null });
    expect((await noProfile.client.get(`/api/seeker/jobs/${job.id}`)).body.warnings).toEqual([]);
  });

  it('opens a job taken offline, saying so, and answers 404 for an unknown job', async () => {
    const { client } = await loginSeeker(t);
    const offline = await createIndexedJob(t, { companyId: company.id, state: 'offline' });
    expect((await client.get(`/api/seeker/jobs/${offline.id}`)).body).toMatchObject({
      state: 'offline',
      pinned: false,
    });
    const unknown = await client.get(`/api/seeker/jobs/${UNKNOWN}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ code: 'NOT_FOUND', message: '该岗位不存在或已删除' });
    expect((await client.get('/api/seeker/jobs/not-a-job')).body.message).toBe('岗位ID格式不正确');
  });

  it('shows the shared page without login and without anything about a seeker', async () => {
    const anonymous = new TestClient(t.app);
    const response = await anonymous.get(`/api/public/jobs/${job.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: job.id, title: '仓库主管', state: 'recruiting', pinned: true });
    expect(response.body).not.toHaveProperty('favourite');
    expect(response.body).not.toHaveProperty('application');
    expect(response.body).not.toHaveProperty('warnings');
    expect((await anonymous.get(`/api/public/jobs/${UNKNOWN}`)).status).toBe(404);
    expect((await anonymous.get(`/api/seeker/jobs/${job.id}`)).status).toBe(401);
    await t.database.db.update(jobs).set({ state: 'offline' }).where(eq(jobs.id, job.id));
    expect((await anonymous.get(`/api/public/jobs/${job.id}`)).body).toMatchObject({
      state: 'offline',
      pinned: false,
    });
  });
});
