import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import {
  createApplicant,
  createSignedInEmployer,
  createTestCompany,
  grantTestRights,
} from '../../../test/factories';
import type { TestClient } from '../../../test/http-client';
import { companies, jobPins, jobSearchTerms, jobs, universities } from '../../db/schema';
import { shanghaiDate } from '../../lib/shanghai-time';

const DAY_MS = 86_400_000;
const day = (offset: number) => shanghaiDate(new Date(Date.now() + offset * DAY_MS));
let serial = 0;

/** A complete 新增 form; `title` is unique per call unless given, so each test finds its own job. */
function jobForm(overrides: Record<string, unknown> = {}) {
  serial += 1;
  return {
    title: `数控编程工程师${'甲乙丙丁戊己庚辛壬癸'[serial % 10]}${serial}`,
    occupation: '数控程序员',
    salaryMin: 9000,
    salaryMax: 14000,
    headcount: 3,
    education: null,
    ageMin: 20,
    ageMax: 45,
    workNature: '01',
    workArea: '310115',
    address: '上海市浦东新区张江路88号',
    description: '负责数控机床加工程序的编制与调试。',
    skills: '熟悉FANUC系统，能看懂机械图纸。',
    probationMonths: 3,
    probationSalary: 8000,
    contactName: '张璇',
    contactPhone: '021-50800000',
    isCampus: false,
    targetUniversityIds: [],
    ...overrides,
  };
}

describe('职位管理 /api/employer/jobs (seed 002)', () => {
  let t: TestApp;
  let company: { id: string; name: string };
  let hr: TestClient;
  let hrAccountId: string;
  let seeker: TestClient;
  let universityId: string;

  beforeAll(async () => {
    t = await buildTestApp();
    company = await createTestCompany(t.database.db, { name: '上海申城智造科技有限公司' });
    // 置顶 uses 职位置顶 days (decision 018; pin-job.api.test.ts tests the charge).
    await grantTestRights(t.database.db, company.id, 'job_pin', 100);
    const employer = await createSignedInEmployer(t.app, company.id);
    hr = employer.client;
    hrAccountId = employer.account.id;
    seeker = (await createApplicant(t.app, { birth: '19950601', education: '20' })).client;
    const [university] = await t.database.db
      .insert(universities)
      .values({ name: '申江大学', code: '4131010001', city: '上海市' })
      .returning();
    universityId = university!.id;
  });
  afterAll(() => t.close());

  async function publish(overrides: Record<string, unknown> = {}) {
    const response = await hr.post('/api/employer/jobs', jobForm(overrides));
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body as { id: string; title: string; state: string; publishedAt: string };
  }

  async function search(query: string) {
    const response = await seeker.get(`/api/seeker/jobs?${query}`);
    expect(response.status).toBe(200);
    return response.body.items as Array<{ id: string; title: string; pinned: boolean }>;
  }
  const searchIds = async (keyword: string) =>
    (await search(`keyword=${encodeURIComponent(keyword)}`)).map((item) => item.id);

  it('保存 publishes into 招聘中, seekers find it, 下架 hides it, 重新发布 brings it back', async () => {
    const created = await publish({ title: '五轴加工中心操作工' });
    expect(created).toMatchObject({ state: 'recruiting', applicationCount: 0, pinned: false, pins: [] });
    const [row] = await t.database.db.select().from(jobs).where(eq(jobs.id, created.id));
    expect(row).toMatchObject({
      companyId: company.id,
      createdBy: hrAccountId,
      contactPhone: '021-50800000',
    });

    const list = await hr.get('/api/employer/jobs?tab=recruiting&keyword=五轴');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ page: 1, pageSize: 10, total: 1, publishing: { allowed: true } });
    expect(list.body.items.map((item: any) => item.id)).toEqual([created.id]);
    expect(await searchIds('五轴加工')).toEqual([created.id]);

    const offline = await hr.post(`/api/employer/jobs/${created.id}/offline`);
    expect(offline.status).toBe(200);
    expect(offline.body.state).toBe('offline');
    expect(await searchIds('五轴加工')).toEqual([]);
    const tabs = await hr.get('/api/employer/jobs?tab=offline&keyword=五轴');
    expect(tabs.body.items.map((item: any) => item.id)).toEqual([created.id]);
    expect(tabs.body.counts).toEqual({ recruiting: 0, offline: 1 });
    const again = await hr.post(`/api/employer/jobs/${created.id}/offline`);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'JOB_NOT_RECRUITING', message: '只有招聘中的职位可以下架' });

    const republished = await hr.post(`/api/employer/jobs/${created.id}/republish`);
    expect(republished.status).toBe(200);
    expect(republished.body.state).toBe('recruiting');
    expect(Date.parse(republished.body.publishedAt)).toBeGreaterThan(Date.parse(created.publishedAt));
    expect(await searchIds('五轴加工')).toEqual([created.id]);
    const twice = await hr.post(`/api/employer/jobs/${created.id}/republish`);
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('INVALID_STATE');
  });

  it('编辑 keeps the state (招聘中 or 已下架) and the search reads the new title', async () => {
    const created = await publish({ title: '注塑机调机技术员' });
    const edited = await hr.request(
      'PUT',
      `/api/employer/jobs/${created.id}`,
      jobForm({ title: '注塑成型工艺员' }),
    );
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      title: '注塑成型工艺员',
      state: 'recruiting',
      publishedAt: created.publishedAt,
    });
    expect(await searchIds('注塑机调机')).toEqual([]);
    expect(await searchIds('注塑成型')).toEqual([created.id]);

    await hr.post(`/api/employer/jobs/${created.id}/offline`);
    const offlineEdit = await hr.request(
      'PUT',
      `/api/employer/jobs/${created.id}`,
      jobForm({ title: '注塑成型工艺师' }),
    );
    expect(offlineEdit.status).toBe(200);
    expect(offlineEdit.body).toMatchObject({ title: '注塑成型工艺师', state: 'offline' });
    expect(await searchIds('注塑成型')).toEqual([]);
  });

  it('删除 only an 已下架 job: it leaves the console, search and job page; application records still read', async () => {
    const created = await publish({ title: '激光切割操作员', education: null });
    const applied = await seeker.post('/api/seeker/applications', {
      jobId: created.id,
      acknowledgeWarnings: true,
    });
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    const applicationId = applied.body.application.id as string;
    const listed = await hr.get('/api/employer/jobs?keyword=激光切割');
    expect(listed.body.items[0].applicationCount).toBe(1);

    const refused = await hr.request('DELETE', `/api/employer/jobs/${created.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'JOB_NOT_OFFLINE',
      message: '只有已下架的职位可以删除，请先下架该职位',
    });
    expect((await hr.get(`/api/employer/jobs/${created.id}`)).body.state).toBe('recruiting');

    await hr.post(`/api/employer/jobs/${created.id}/offline`);
    const deleted = await hr.request('DELETE', `/api/employer/jobs/${created.id}`);
    expect(deleted.status).toBe(200);
    const [row] = await t.database.db.select().from(jobs).where(eq(jobs.id, created.id));
    expect(row?.deletedAt).toBeInstanceOf(Date);

    for (const request of [
      () => hr.get(`/api/employer/jobs/${created.id}`),
      () => hr.request('DELETE', `/api/employer/jobs/${created.id}`),
      () => hr.post(`/api/employer/jobs/${created.id}/republish`),
      () => hr.request('PUT', `/api/employer/jobs/${created.id}`, jobForm()),
    ]) {
      const response = await request();
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('NOT_FOUND');
    }
    const console = await hr.get('/api/employer/jobs?tab=offline&keyword=激光切割');
    expect(console.body).toMatchObject({ items: [], total: 0 });
    expect(await searchIds('激光切割')).toEqual([]);
    expect((await seeker.get(`/api/seeker/jobs/${created.id}`)).status).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/public/jobs/${created.id}` })).statusCode).toBe(
      404,
    );

    const records = await seeker.get('/api/seeker/applications?list=current');
    const record = records.body.items.find((item: any) => item.id === applicationId);
    expect(record.job).toMatchObject({ id: created.id, title: '激光切割操作员', state: 'offline' });
  });

  it('refuses bad input field by field and changes nothing', async () => {
    const before = await t.database.db.select({ id: jobs.id }).from(jobs);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ title: '' }, 'title', '请填写职位名称'],
      [{ salaryMin: 9000, salaryMax: 8000 }, 'salaryMax', '月薪上限不能低于月薪下限'],
      [{ ageMin: 15 }, 'ageMin', '最低年龄不能小于16'],
      [{ ageMin: 40, ageMax: 30 }, 'ageMax', '最高年龄不能低于最低年龄'],
      [{ contactPhone: '12345' }, 'contactPhone', '请填写正确的手机号或固定电话（如021-62345678）'],
      [{ workArea: '320000' }, 'workArea', '请选择工作地区'],
      [{ education: '99' }, 'education', '请选择学历'],
      [{ probationSalary: null }, 'probationSalary', '请填写试用期薪资'],
      [{ probationSalary: 5000 }, 'probationSalary', '试用期薪资不能低于月薪下限的80%（7200元）'],
      [{ probationMonths: 7 }, 'probationMonths', '试用期最长6个月'],
      [{ isCampus: true, targetUniversityIds: [] }, 'targetUniversityIds', '校园招聘请选择面向的高校'],
    ];
    for (const [overrides, field, reason] of cases) {
      const response = await hr.post('/api/employer/jobs', jobForm(overrides));
      expect(response.status, field).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details.fields).toContainEqual({ field, reason });
    }
    const unknown = await hr.post(
      '/api/employer/jobs',
      jobForm({ isCampus: true, targetUniversityIds: [randomUUID()] }),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.details.fields).toEqual([
      { field: 'targetUniversityIds', reason: '所选高校不存在，请重新选择' },
    ]);
    const pageSize = await hr.get('/api/employer/jobs?pageSize=51');
    expect(pageSize.status).toBe(400);
    expect(pageSize.body.details.fields[0].field).toBe('querystring.pageSize');
    expect(await t.database.db.select({ id: jobs.id }).from(jobs)).toHaveLength(before.length);
  });

  it('a campus job keeps its universities; a mobile contact is normalised; no probation = no probation pay', async () => {
    const created = await publish({
      isCampus: true,
      targetUniversityIds: [universityId],
      contactPhone: '139 0000 0001',
      probationMonths: 0,
      probationSalary: 5000,
    });
    const detail = await hr.get(`/api/employer/jobs/${created.id}`);
    expect(detail.body).toMatchObject({
      isCampus: true,
      targetUniversities: [{ id: universityId, name: '申江大学' }],
      contactPhone: '13900000001',
      probationMonths: 0,
      probationSalary: null,
    });
  });

  it('two identical 保存 at once create one job; the other answers DUPLICATE_SUBMISSION', async () => {
    const form = jobForm({ title: '设备维修电工（双击测试）' });
    const responses = await Promise.all([1, 2, 3].map(() => hr.post('/api/employer/jobs', form)));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const refused = responses.find((r) => r.status === 409)!;
    expect(refused.body.code).toBe('DUPLICATE_SUBMISSION');
    const rows = await t.database.db.select().from(jobs).where(eq(jobs.title, '设备维修电工（双击测试）'));
    expect(rows).toHaveLength(1);
    // A different title is a different job, even at once.
    const other = await hr.post('/api/employer/jobs', jobForm({ title: '设备维修电工（夜班）' }));
    expect(other.status).toBe(200);
  });

  it('an unverified company cannot publish or republish, and the list says why', async () => {
    const pending = await createTestCompany(t.database.db, {
      verificationState: 'pending',
      verifiedAt: null,
    });
    const { client } = await createSignedInEmployer(t.app, pending.id);
    const refused = await client.post('/api/employer/jobs', jobForm());
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('COMPANY_NOT_VERIFIED');
    expect(refused.body.message).toContain('审核通过后即可发布职位');
    const list = await client.get('/api/employer/jobs');
    expect(list.body.publishing).toMatchObject({ allowed: false });
    expect(list.body.publishing.reason).toContain('审核中');

    // A job from before the company lost its verification: 重新发布 is refused too.
    const [old] = await t.database.db
      .insert(jobs)
      .values({
        ...jobForm(),
        education: null,
        companyId: pending.id,
        state: 'offline',
        offlineAt: new Date(),
      } as any)
      .returning();
    await t.database.db
      .update(companies)
      .set({ verificationState: 'rejected' })
      .where(eq(companies.id, pending.id));
    const republish = await client.post(`/api/employer/jobs/${old!.id}/republish`);
    expect(republish.status).toBe(403);
    expect(republish.body.code).toBe('COMPANY_NOT_VERIFIED');
    expect(republish.body.message).toContain('认证信息');
  });

  it('分享 only a 招聘中 job: the seeker job page and the company logo', async () => {
    const created = await publish();
    const share = await hr.get(`/api/employer/jobs/${created.id}/share`);
    expect(share.status).toBe(200);
    expect(share.body).toMatchObject({
      jobId: created.id,
      path: `/m/jobs/${created.id}`,
      company: { id: company.id, name: company.name, logoUrl: null },
    });
    expect(share.body.url).toMatch(new RegExp(`^https?://[^/]+/m/jobs/${created.id}$`));
    await t.database.db
      .update(companies)
      .set({ logoFileId: randomUUID() })
      .where(eq(companies.id, company.id));
    const withLogo = await hr.get(`/api/employer/jobs/${created.id}/share`);
    expect(withLogo.body.company.logoUrl).toBe(`/api/public/companies/${company.id}/logo`);
    await t.database.db.update(companies).set({ logoFileId: null }).where(eq(companies.id, company.id));

    await hr.post(`/api/employer/jobs/${created.id}/offline`);
    const refused = await hr.get(`/api/employer/jobs/${created.id}/share`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'JOB_NOT_RECRUITING', message: '只有招聘中的职位可以分享' });
  });

  it('置顶 a 招聘中 job: seekers in those areas see it first on those days; 下架 ends it', async () => {
    const older = await publish({ title: '冲压模具钳工', workArea: '310104' });
    const newer = await publish({ title: '冲压模具设计师', workArea: '310104' });
    expect((await search('keyword=冲压模具&area=310104')).map((i) => i.id)).toEqual([newer.id, older.id]);

    const pin = await hr.post(`/api/employer/jobs/${older.id}/pins`, {
      areas: ['310104'],
      startDate: day(0),
      endDate: day(2),
    });
    expect(pin.status, JSON.stringify(pin.body)).toBe(200);
    expect(pin.body).toMatchObject({ areas: ['310104'], status: 'active' });
    expect(await search('keyword=冲压模具&area=310104')).toMatchObject([
      { id: older.id, pinned: true },
      { id: newer.id, pinned: false },
    ]);
    // Not pinned in another district's search, nor city-wide.
    expect((await search('keyword=冲压模具')).map((i) => i.pinned)).toEqual([false, false]);
    const row = (await hr.get('/api/employer/jobs?keyword=冲压模具')).body.items.find(
      (i: any) => i.id === older.id,
    );
    expect(row).toMatchObject({
      pinned: true,
      pins: [{ areas: ['310104'], startDate: day(0), endDate: day(2) }],
    });

    const overlap = await hr.post(`/api/employer/jobs/${older.id}/pins`, {
      areas: ['310104', '310000'],
      startDate: day(1),
      endDate: day(3),
    });
    expect(overlap.status).toBe(409);
    expect(overlap.body.code).toBe('PIN_OVERLAP');

    await hr.post(`/api/employer/jobs/${older.id}/offline`);
    const pins = await hr.get(`/api/employer/jobs/${older.id}/pins`);
    expect(pins.body.map((p: any) => p.status)).toEqual([]);
    const offlinePin = await hr.post(`/api/employer/jobs/${older.id}/pins`, {
      areas: ['310000'],
      startDate: day(0),
      endDate: day(1),
    });
    expect(offlinePin.status).toBe(409);
    expect(offlinePin.body).toMatchObject({
      code: 'JOB_NOT_RECRUITING',
      message: '只有招聘中的职位可以置顶',
    });
  });

  it('a pin ends by itself after its end date, and a coming one starts later', async () => {
    const created = await publish({ title: '焊接机器人调试员', workArea: '310000' });
    await t.database.db.insert(jobPins).values([
      { jobId: created.id, areas: ['310000'], startDate: day(-10), endDate: day(-1) },
      { jobId: created.id, areas: ['310000'], startDate: day(1), endDate: day(5) },
    ]);
    expect(await search('keyword=焊接机器人')).toMatchObject([{ id: created.id, pinned: false }]);
    const row = (await hr.get('/api/employer/jobs?keyword=焊接机器人')).body.items[0];
    expect(row).toMatchObject({ pinned: false, pins: [{ startDate: day(1), status: 'upcoming' }] });
    const all = await hr.get(`/api/employer/jobs/${created.id}/pins`);
    expect(all.body.map((p: any) => p.status)).toEqual(['upcoming', 'ended']);

    const cancel = await hr.request('DELETE', `/api/employer/jobs/${created.id}/pins/${all.body[0].id}`);
    expect(cancel.status).toBe(200);
    const ended = await hr.request('DELETE', `/api/employer/jobs/${created.id}/pins/${all.body[1].id}`);
    expect(ended.status).toBe(409);
    expect((await hr.get(`/api/employer/jobs/${created.id}/pins`)).body).toHaveLength(1);
  });

  it('refuses pin dates before today, reversed, or longer than 30 days; a double click books one pin', async () => {
    const created = await publish();
    const url = `/api/employer/jobs/${created.id}/pins`;
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ startDate: day(-1), endDate: day(3) }, 'startDate', '置顶开始日期不能早于今天'],
      [{ startDate: day(3), endDate: day(2) }, 'endDate', '置顶结束日期不能早于开始日期'],
      [{ startDate: day(0), endDate: day(30) }, 'endDate', '每次置顶最长30天'],
      [{ startDate: '2026-02-30', endDate: day(3) }, 'startDate', '请选择正确的日期'],
      [{ areas: ['OUT'] }, 'areas.0', '置顶城市不正确'],
      [{ areas: [] }, 'areas', '请选择置顶城市'],
    ];
    for (const [overrides, field, reason] of cases) {
      const response = await hr.post(url, {
        areas: ['310000'],
        startDate: day(0),
        endDate: day(1),
        ...overrides,
      });
      expect(response.status, field).toBe(400);
      expect(response.body.details.fields).toContainEqual({ field, reason });
    }
    const thirty = { areas: ['310115', '310000'], startDate: day(0), endDate: day(29) };
    const twice = await Promise.all([hr.post(url, thirty), hr.post(url, thirty)]);
    expect(twice.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await t.database.db.select().from(jobPins).where(eq(jobPins.jobId, created.id))).toHaveLength(1);
  });

  it("another company's HR gets 404 on every job endpoint, and the job is unchanged", async () => {
    const created = await publish({ title: '品质检验员（他司测试）' });
    await hr.post(`/api/employer/jobs/${created.id}/pins`, {
      areas: ['310000'],
      startDate: day(0),
      endDate: day(1),
    });
    const [pin] = await t.database.db.select().from(jobPins).where(eq(jobPins.jobId, created.id));
    const other = await createTestCompany(t.database.db);
    const { client } = await createSignedInEmployer(t.app, other.id);
    const id = created.id;
    const attempts = [
      client.get(`/api/employer/jobs/${id}`),
      client.request('PUT', `/api/employer/jobs/${id}`, jobForm()),
      client.post(`/api/employer/jobs/${id}/offline`),
      client.post(`/api/employer/jobs/${id}/republish`),
      client.request('DELETE', `/api/employer/jobs/${id}`),
      client.get(`/api/employer/jobs/${id}/share`),
      client.get(`/api/employer/jobs/${id}/pins`),
      client.post(`/api/employer/jobs/${id}/pins`, { areas: ['310000'], startDate: day(3), endDate: day(4) }),
      client.request('DELETE', `/api/employer/jobs/${id}/pins/${pin!.id}`),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('NOT_FOUND');
    }
    const list = await client.get('/api/employer/jobs?keyword=他司测试');
    expect(list.body).toMatchObject({ items: [], total: 0 });
    const after = await hr.get(`/api/employer/jobs/${id}`);
    expect(after.body).toMatchObject({ title: '品质检验员（他司测试）', state: 'recruiting', pinned: true });
    const terms = await t.database.db
      .select()
      .from(jobSearchTerms)
      .where(and(eq(jobSearchTerms.jobId, id), eq(jobSearchTerms.term, '')));
    expect(terms).toHaveLength(1);
  });

  it('pages on the server: page, pageSize and total', async () => {
    const base = '翻页测试岗位';
    for (let n = 1; n <= 5; n++) await publish({ title: `${base}${n}` });
    const first = await hr.get(`/api/employer/jobs?keyword=${encodeURIComponent(base)}&page=1&pageSize=2`);
    expect(first.body).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(first.body.items.map((i: any) => i.title)).toEqual([`${base}5`, `${base}4`]);
    const last = await hr.get(`/api/employer/jobs?keyword=${encodeURIComponent(base)}&page=3&pageSize=2`);
    expect(last.body.items.map((i: any) => i.title)).toEqual([`${base}1`]);
  });
});
