import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import {
  createSignedInEmployer,
  createTestCompany,
  createTestJob,
  grantTestRights,
} from '../../../test/factories';
import { createTalent } from '../../../test/factories/talent';
import type { TestClient } from '../../../test/http-client';
import { applications, ledgerTransfers, notifications, resumeDownloads, universities } from '../../db/schema';

describe('[EMPLOYER] 人才中心: 人才推荐 and 下载 (seed 002)', () => {
  let t: TestApp;
  let companyId: string;
  let hr: TestClient;
  let lathe: { id: string };
  let clerk: { id: string };
  beforeAll(async () => {
    t = await buildTestApp();
    const company = await createTestCompany(t.database.db, { name: '上海申城精密机械有限公司' });
    companyId = company.id;
    lathe = await createTestJob(t.database.db, {
      companyId,
      title: '数控车床操作工',
      occupation: '机床操作',
      education: '20',
      workArea: '310115',
      salaryMin: 8000,
      salaryMax: 12000,
    });
    clerk = await createTestJob(t.database.db, { companyId, title: '会计', occupation: '会计' });
    hr = (await createSignedInEmployer(t.app, companyId)).client;
    await grantTestRights(t.database.db, companyId, 'resume_download', 20);
  });
  afterAll(() => t.close());

  const recommendations = (jobId?: string) =>
    hr.get(`/api/employer/talent/recommendations${jobId ? `?jobId=${jobId}` : ''}`);
  const download = (client: TestClient, seekerAccountId: string, jobId: string) =>
    client.post('/api/employer/talent/downloads', { seekerAccountId, jobId });
  const rows = async <T>(query: Promise<T[]>) => (await query).length;
  /** The ledger's 简历下载 uses of the seeker (decision 018: one per company and seeker). */
  const rightUses = (seekerAccountId: string) =>
    rows(
      t.database.db
        .select()
        .from(ledgerTransfers)
        .where(eq(ledgerTransfers.requestKey, `right:${companyId}:resume_download:${seekerAccountId}`)),
    );

  it('lists a recommendable seeker for the job with the reasons, and hides who it is', async () => {
    const seeker = await createTalent(t.app, { name: '陈晓东', birth: '19950601' });
    const hidden = await createTalent(t.app, { allowRecommendation: false });
    const response = await recommendations(lathe.id);
    expect(response.status).toBe(200);
    const item = response.body.items.find(
      (i: { seekerAccountId: string }) => i.seekerAccountId === seeker.accountId,
    );
    expect(item).toMatchObject({
      displayName: expect.stringMatching(/^陈(先生|女士)$/),
      job: { id: lathe.id, title: '数控车床操作工' },
      educationLabel: '大学本科',
      downloaded: false,
      contact: null,
      mobileMasked: expect.stringMatching(/^1\d{2}\*{4}\d{4}$/),
    });
    expect(item.reasons).toEqual([
      '求职意向“数控车工”与职位“数控车床操作工”相符',
      '期望工作地区浦东新区',
      '学历本科满足要求',
      expect.stringMatching(/^年龄\d+岁符合要求$/),
      '期望薪资9000-11000元与职位薪资相符',
    ]);
    const text = JSON.stringify(response.body);
    expect(text).not.toContain(seeker.person.mobile);
    expect(text).not.toContain(seeker.person.idNumber);
    expect(text).not.toContain('陈晓东');
    expect(
      response.body.items.some((i: { seekerAccountId: string }) => i.seekerAccountId === hidden.accountId),
    ).toBe(false);
    // Not a match for the 会计 job; without a job each seeker gets the best of the company's jobs.
    expect((await recommendations(clerk.id)).body.items).toEqual([]);
    const best = await recommendations();
    expect(best.body).toMatchObject({ page: 1, pageSize: 10, total: expect.any(Number) });
    expect(
      best.body.items.find((i: { seekerAccountId: string }) => i.seekerAccountId === seeker.accountId).job.id,
    ).toBe(lathe.id);
  });

  it('下载 reveals the contact, files a talent_download application the seeker does not see, and uses one right', async () => {
    const seeker = await createTalent(t.app, { name: '陈晓西' });
    const first = await download(hr, seeker.accountId, lathe.id);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      rightUsed: true,
      job: { id: lathe.id, title: '数控车床操作工' },
      talent: {
        displayName: '陈晓西',
        downloaded: true,
        contact: { name: '陈晓西', mobile: seeker.person.mobile },
      },
      applicationId: expect.any(String),
    });
    const [filed] = await t.database.db
      .select()
      .from(applications)
      .where(eq(applications.id, first.body.applicationId));
    expect(filed).toMatchObject({
      source: 'talent_download',
      companyId,
      jobId: lathe.id,
      state: 'submitted',
      mark: null,
    });

    // The seeker's side: not in 我的应聘, the 10 places untouched, but told by a notification.
    const mine = await seeker.client.get('/api/seeker/applications?list=current');
    expect(mine.body.items).toEqual([]);
    const applied = await seeker.client.post('/api/seeker/applications', {
      jobId: clerk.id,
      acknowledgeWarnings: true,
    });
    expect(applied.body.remaining).toBe(9);
    const [notice] = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.accountId, seeker.accountId), eq(notifications.kind, 'resume_downloaded')));
    expect(notice?.body).toBe('上海申城精密机械有限公司下载了您的简历');

    // A second 下载 is free and returns the same record.
    const again = await download(hr, seeker.accountId, clerk.id);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      rightUsed: false,
      applicationId: first.body.applicationId,
      job: { id: lathe.id },
    });
    expect(await rightUses(seeker.accountId)).toBe(1);

    const listed = await hr.get('/api/employer/talent/downloads');
    expect(listed.body.items[0]).toMatchObject({
      talent: { seekerAccountId: seeker.accountId, contact: { mobile: seeker.person.mobile } },
      applicationId: first.body.applicationId,
    });
    const card = (await recommendations(lathe.id)).body.items.find(
      (i: { seekerAccountId: string }) => i.seekerAccountId === seeker.accountId,
    );
    expect(card).toMatchObject({ downloaded: true, contact: null });
  });

  it('a double click on 下载 makes one download, one application and one right use', async () => {
    const seeker = await createTalent(t.app);
    const [a, b] = await Promise.all([
      download(hr, seeker.accountId, lathe.id),
      download(hr, seeker.accountId, lathe.id),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([a.body.rightUsed, b.body.rightUsed].sort()).toEqual([false, true]);
    expect(a.body.applicationId).toBe(b.body.applicationId);
    const db = t.database.db;
    expect(
      await rows(
        db.select().from(resumeDownloads).where(eq(resumeDownloads.seekerAccountId, seeker.accountId)),
      ),
    ).toBe(1);
    expect(
      await rows(db.select().from(applications).where(eq(applications.seekerAccountId, seeker.accountId))),
    ).toBe(1);
    expect(await rightUses(seeker.accountId)).toBe(1);
  });

  it('refuses a seeker who does not allow recommendation, and a job that is not recruiting', async () => {
    const hidden = await createTalent(t.app, { allowRecommendation: false });
    const refused = await download(hr, hidden.accountId, lathe.id);
    expect(refused.status).toBe(404);
    expect(refused.body.message).toBe('该人才不存在或已关闭简历推荐');
    const offline = await createTestJob(t.database.db, { companyId, state: 'offline' });
    const seeker = await createTalent(t.app);
    expect((await download(hr, seeker.accountId, offline.id)).body.message).toBe('职位不存在或已停止招聘');
    expect(
      await rows(
        t.database.db
          .select()
          .from(resumeDownloads)
          .where(eq(resumeDownloads.seekerAccountId, seeker.accountId)),
      ),
    ).toBe(0);
  });

  it('another company’s HR cannot use company A’s jobs nor see its downloads', async () => {
    const other = await createTestCompany(t.database.db);
    const otherHr = (await createSignedInEmployer(t.app, other.id)).client;
    const seeker = await createTalent(t.app);
    const response = await download(otherHr, seeker.accountId, lathe.id);
    expect(response.status).toBe(404);
    expect((await otherHr.get(`/api/employer/talent/recommendations?jobId=${lathe.id}`)).status).toBe(404);
    expect((await otherHr.get('/api/employer/talent/downloads')).body).toMatchObject({ items: [], total: 0 });
    expect((await hr.get('/api/seeker/invitations')).status).toBe(401);
  });

  it('高校人才 lists students of the platform universities and new graduates, by university', async () => {
    const [university] = await t.database.db
      .insert(universities)
      .values({ name: '申江大学', code: '4131019999', city: '上海市' })
      .returning();
    const student = await createTalent(t.app, {
      birth: '20030901',
      educations: [{ school: '申江大学', education: '20', startMonth: '2022-09', endMonth: '2026-07' }],
    });
    const graduate = await createTalent(t.app, {
      educations: [{ school: '某某职业技术学院', education: '30', startMonth: '2023-09', endMonth: null }],
    });
    const veteran = await createTalent(t.app, {
      educations: [{ school: '上海电机学院', education: '20', startMonth: '2009-09', endMonth: '2013-07' }],
    });
    const ids = (body: { items: Array<{ seekerAccountId: string }> }) =>
      body.items.map((i) => i.seekerAccountId);
    const all = await hr.get('/api/employer/talent/campus');
    expect(all.status).toBe(200);
    expect(ids(all.body)).toEqual(expect.arrayContaining([student.accountId, graduate.accountId]));
    expect(ids(all.body)).not.toContain(veteran.accountId);
    const one = await hr.get(`/api/employer/talent/campus?universityId=${university!.id}`);
    expect(ids(one.body)).toEqual([student.accountId]);
    expect(one.body.items[0]).toMatchObject({
      university: { id: university!.id, name: '申江大学' },
      school: '申江大学',
      graduationMonth: '2026-07',
      contact: null,
      invitedJobIds: [],
    });
  });
});
