import { and, count, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import {
  createApplicant,
  createSignedInSeeker,
  createTestCompany,
  createTestJob,
} from '../../../test/factories';
import { TestClient } from '../../../test/http-client';
import { applications, jobs } from '../../db/schema';

describe('applying (seed 000 §四): quota of 10, one per job, recruiting jobs, requirement warnings', () => {
  let t: TestApp;
  let companyId: string;
  beforeAll(async () => {
    t = await buildTestApp();
    companyId = (await createTestCompany(t.database.db)).id;
  });
  afterAll(() => t.close());

  /** Jobs anyone may apply to (不限 education, 16-65). */
  async function openJobs(n: number) {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const job = await createTestJob(t.database.db, {
        companyId,
        title: `普工${i + 1}`,
        education: null,
        ageMin: 16,
        ageMax: 65,
      });
      ids.push(job.id);
    }
    return ids;
  }

  async function currentRows(seekerAccountId: string) {
    const [row] = await t.database.db
      .select({ n: count() })
      .from(applications)
      .where(and(eq(applications.seekerAccountId, seekerAccountId), isNull(applications.withdrawnAt)));
    return row!.n;
  }

  it('says how many places are left after each of 10 applications, then refuses the 11th', async () => {
    const { client, accountId } = await createApplicant(t.app);
    const jobIds = await openJobs(11);
    for (let i = 0; i < 10; i++) {
      const response = await client.post('/api/seeker/applications', { jobId: jobIds[i] });
      expect(response.status).toBe(200);
      expect(response.body.message).toBe(`岗位应聘成功。您目前还剩余 ${9 - i} 个应聘名额。`);
      expect(response.body.remaining).toBe(9 - i);
      expect(response.body.application).toMatchObject({
        state: 'submitted',
        stateLabel: '已投递',
        viewedByEmployer: false,
        job: { id: jobIds[i], title: `普工${i + 1}`, state: 'recruiting' },
      });
    }
    const eleventh = await client.post('/api/seeker/applications', { jobId: jobIds[10] });
    expect(eleventh.status).toBe(409);
    expect(eleventh.body).toEqual({
      code: 'APPLICATION_QUOTA_FULL',
      message: '您已有10条当前应聘记录，需要撤销部分应聘记录后才可继续应聘',
      details: { currentCount: 10 },
    });
    expect(await currentRows(accountId)).toBe(10);
    const list = await client.get('/api/seeker/applications?list=current');
    expect(list.body).toMatchObject({ currentCount: 10, remaining: 0 });
    expect(list.body.items.map((item: any) => item.job.id)).not.toContain(jobIds[10]);
  });

  it('lets exactly 10 of 50 parallel applications to 50 different jobs through', async () => {
    const { client, accountId } = await createApplicant(t.app);
    const jobIds = await openJobs(50);
    const responses = await Promise.all(
      jobIds.map((jobId) => client.post('/api/seeker/applications', { jobId })),
    );
    const succeeded = responses.filter((r) => r.status === 200);
    expect(succeeded).toHaveLength(10);
    expect(responses.filter((r) => r.body.code === 'APPLICATION_QUOTA_FULL')).toHaveLength(40);
    // Each success saw a different count: the messages say 9, 8, ... 0 places left, once each.
    expect(succeeded.map((r) => r.body.remaining).sort((a, b) => a - b)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    expect(await currentRows(accountId)).toBe(10);
  });

  it('keeps one current application per job, also for 5 parallel requests', async () => {
    const { client, accountId } = await createApplicant(t.app);
    const [first, second] = await openJobs(2);
    expect((await client.post('/api/seeker/applications', { jobId: first })).status).toBe(200);
    const again = await client.post('/api/seeker/applications', { jobId: first });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'ALREADY_APPLIED', message: '您已应聘该岗位，请勿重复应聘' });

    const parallel = await Promise.all(
      Array.from({ length: 5 }, () => client.post('/api/seeker/applications', { jobId: second })),
    );
    expect(parallel.filter((r) => r.status === 200)).toHaveLength(1);
    expect(parallel.filter((r) => r.body.code === 'ALREADY_APPLIED')).toHaveLength(4);
    expect(await currentRows(accountId)).toBe(2);
  });

  it('撤销 frees a place and moves the record to 历史应聘记录; a second 撤销 is refused', async () => {
    const { client, accountId } = await createApplicant(t.app);
    const jobIds = await openJobs(11);
    const applied = [];
    for (const jobId of jobIds.slice(0, 10))
      applied.push(await client.post('/api/seeker/applications', { jobId }));
    const withdrawnId = applied[3]!.body.application.id;

    const withdrawn = await client.post(`/api/seeker/applications/${withdrawnId}/withdraw`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ id: withdrawnId, state: 'withdrawn', stateLabel: '已撤销' });
    expect(withdrawn.body.withdrawnAt).not.toBeNull();

    const current = await client.get('/api/seeker/applications?list=current');
    expect(current.body).toMatchObject({ currentCount: 9, remaining: 1 });
    expect(current.body.items.map((item: any) => item.id)).not.toContain(withdrawnId);
    const history = await client.get('/api/seeker/applications?list=history');
    expect(history.body.items.map((item: any) => item.id)).toEqual([withdrawnId]);
    expect(history.body).toMatchObject({ currentCount: 9, remaining: 1 });

    const twice = await client.post(`/api/seeker/applications/${withdrawnId}/withdraw`);
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'INVALID_STATE', message: '该应聘记录已撤销，请勿重复操作' });

    const freed = await client.post('/api/seeker/applications', { jobId: jobIds[10] });
    expect(freed.body.message).toBe('岗位应聘成功。您目前还剩余 0 个应聘名额。');
    // The withdrawn job may be applied to again: only current records count as duplicates.
    expect(await currentRows(accountId)).toBe(10);
    await client.post(`/api/seeker/applications/${applied[0]!.body.application.id}/withdraw`);
    const reapplied = await client.post('/api/seeker/applications', { jobId: jobIds[3] });
    expect(reapplied.status).toBe(200);
    expect(reapplied.body.application.id).not.toBe(withdrawnId);
  });

  it('warns about age and education, creates nothing, and applies once the seeker acknowledges', async () => {
    // Born 1970-01-01: 50+ years old; 大学专科/高职.
    const { client, accountId } = await createApplicant(t.app, { birth: '19700101', education: '30' });
    const job = await createTestJob(t.database.db, {
      companyId,
      title: '软件工程师',
      education: '20',
      ageMin: 22,
      ageMax: 35,
    });
    const warned = await client.post('/api/seeker/applications', { jobId: job.id });
    expect(warned.status).toBe(409);
    expect(warned.body.code).toBe('REQUIREMENTS_NOT_MET');
    const warnings: string[] = warned.body.details.warnings;
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^该岗位要求年龄22至35周岁，您目前\d+周岁。$/);
    expect(warnings[1]).toBe('该岗位要求大学本科及以上学历，您的学历为大学专科/高职。');
    expect(await currentRows(accountId)).toBe(0);

    const acknowledged = await client.post('/api/seeker/applications', {
      jobId: job.id,
      acknowledgeWarnings: true,
    });
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body.message).toBe('岗位应聘成功。您目前还剩余 9 个应聘名额。');
  });

  it('does not warn a seeker who meets the requirements', async () => {
    const { client } = await createApplicant(t.app, { birth: '19990101', education: '10' });
    const job = await createTestJob(t.database.db, { companyId, education: '20', ageMin: 18, ageMax: 45 });
    expect((await client.post('/api/seeker/applications', { jobId: job.id })).status).toBe(200);
  });

  it('refuses a job taken offline, and an unknown job', async () => {
    const { client, accountId } = await createApplicant(t.app);
    const [jobId] = await openJobs(1);
    await t.database.db.update(jobs).set({ state: 'offline' }).where(eq(jobs.id, jobId!));
    const offline = await client.post('/api/seeker/applications', { jobId });
    expect(offline.status).toBe(409);
    expect(offline.body).toMatchObject({ code: 'JOB_NOT_RECRUITING', message: '该岗位已停止招聘' });
    const unknown = await client.post('/api/seeker/applications', {
      jobId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
    expect(await currentRows(accountId)).toBe(0);
  });

  it('asks for 学历 and 政治面貌 first (seed 000 §三.2)', async () => {
    const { client } = await createSignedInSeeker(t.app);
    const [jobId] = await openJobs(1);
    const response = await client.post('/api/seeker/applications', { jobId });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('PROFILE_INCOMPLETE');
  });

  it('needs a seeker session', async () => {
    const [jobId] = await openJobs(1);
    const response = await new TestClient(t.app).post('/api/seeker/applications', { jobId });
    expect(response.status).toBe(401);
  });
});
