import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestCompany } from '../../../test/factories';
import { createIndexedJob, loginSeeker } from '../../../test/factories/job-search';
import { TestClient } from '../../../test/http-client';
import { jobs } from '../../db/schema';
import { reindexJob } from './reindex-jobs';

const MINUTE = 60_000;
const now = Date.now();

// Newest first: A was published a minute ago, I nine minutes ago; O is offline.
const JOBS = {
  A: {
    title: 'Java开发工程师',
    occupation: '软件工程师',
    education: '20',
    ageMin: 22,
    ageMax: 35,
    workNature: '01',
    workArea: '310104',
  },
  B: {
    title: '高级JAVA架构师',
    occupation: '软件工程师',
    education: '10',
    ageMin: 28,
    ageMax: 45,
    workNature: '01',
    workArea: '310000',
  },
  C: {
    title: 'UI设计师',
    occupation: 'UI设计师',
    education: '30',
    ageMin: 20,
    ageMax: 35,
    workNature: '01',
    workArea: '310115',
  },
  D: {
    title: 'CNC操作工',
    occupation: '数控技工',
    education: '40',
    ageMin: 18,
    ageMax: 50,
    workNature: '01',
    workArea: '310112',
  },
  E: {
    title: '数控车床技工',
    occupation: '数控技工',
    education: null,
    ageMin: 18,
    ageMax: 55,
    workNature: '01',
    workArea: 'OUT',
  },
  F: {
    title: '销售代表',
    occupation: '销售代表',
    education: '30',
    ageMin: 20,
    ageMax: 40,
    workNature: '03',
    workArea: '310104',
  },
  G: {
    title: '见习行政助理',
    occupation: '行政专员',
    education: '20',
    ageMin: 16,
    ageMax: 24,
    workNature: '04',
    workArea: '310101',
  },
  H: {
    title: '社区保洁员',
    occupation: '保洁员',
    education: '70',
    ageMin: 40,
    ageMax: 60,
    workNature: '05',
    workArea: '310104',
  },
  I: {
    title: '事业单位会计',
    occupation: '会计',
    education: '20',
    ageMin: 25,
    ageMax: 40,
    workNature: '02',
    workArea: '310000',
  },
} as const;
type Name = keyof typeof JOBS;

describe('GET /api/seeker/jobs: keyword, filters and 不限', () => {
  let t: TestApp;
  let seeker: TestClient;
  const ids = {} as Record<Name | 'O', string>;
  const names = new Map<string, string>();
  const search = async (query = '') => {
    const response = await seeker.get(`/api/seeker/jobs${query ? `?${query}` : ''}`);
    expect(response.status).toBe(200);
    return response.body;
  };
  const found = async (query = '') =>
    (await search(query)).items.map((item: { id: string }) => names.get(item.id));

  beforeAll(async () => {
    t = await buildTestApp();
    seeker = (await loginSeeker(t)).client;
    const company = await createTestCompany(t.database.db);
    for (const [i, [name, job]] of Object.entries(JOBS).entries()) {
      const row = await createIndexedJob(t, {
        ...job,
        companyId: company.id,
        publishedAt: new Date(now - (i + 1) * MINUTE),
      });
      ids[name as Name] = row.id;
      names.set(row.id, name);
    }
    const offline = await createIndexedJob(t, {
      title: '销售经理',
      occupation: '销售经理',
      companyId: company.id,
      state: 'offline',
    });
    ids.O = offline.id;
    names.set(offline.id, 'O');
  });
  afterAll(() => t.close());

  it('without filters lists every recruiting job, newest first, with the count; never an offline one', async () => {
    const result = await search();
    expect(result.items.map((item: { id: string }) => names.get(item.id))).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
      'G',
      'H',
      'I',
    ]);
    expect(result).toMatchObject({ total: 9, totalCapped: false, nextCursor: null });
    expect(result.items[0]).toEqual({
      id: ids.A,
      title: 'Java开发工程师',
      companyName: expect.stringContaining('测试科技有限公司'),
      salaryMin: 6000,
      salaryMax: 8000,
      education: '20',
      ageMin: 22,
      ageMax: 35,
      headcount: 2,
      workArea: '310104',
      publishedAt: new Date(now - MINUTE).toISOString(),
      pinned: false,
    });
  });

  it('treats an empty value of every filter as 不限', async () => {
    expect(await found('keyword=&education=&workNature=&area=')).toEqual(await found());
  });

  it('finds one character, two characters and longer keywords in the title or the occupation', async () => {
    expect(await found('keyword=工')).toEqual(['A', 'B', 'D', 'E']);
    expect(await found('keyword=数控')).toEqual(['D', 'E']);
    expect(await found('keyword=工程师')).toEqual(['A', 'B']);
    expect(await found('keyword=软件工程师')).toEqual(['A', 'B']);
    expect(await found('keyword=数控车床技工')).toEqual(['E']);
    expect(await found(`keyword=${encodeURIComponent(' 销售 ')}`)).toEqual(['F']);
  });

  it('matches Latin letters in any case and full width, alone or mixed with Chinese', async () => {
    expect(await found('keyword=java')).toEqual(['A', 'B']);
    expect(await found('keyword=JAVA')).toEqual(['A', 'B']);
    expect(await found('keyword=Ｊａｖａ')).toEqual(['A', 'B']);
    expect(await found('keyword=cnc')).toEqual(['D']);
    expect(await found('keyword=ui设计')).toEqual(['C']);
    expect(await found('keyword=a')).toEqual(['A', 'B']);
  });

  it('answers an empty list with total 0 for a keyword no job has, of any length', async () => {
    // 数控技工程师: every pair of it is in some job, the whole of it in none.
    for (const keyword of ['鑫', '火箭', '宇航员', '数控销售代表', '师ui', '数控技工程师']) {
      expect(await search(`keyword=${encodeURIComponent(keyword)}`)).toEqual({
        items: [],
        nextCursor: null,
        total: 0,
        totalCapped: false,
      });
    }
  });

  it('filters by education level; a job without a requirement is not listed under a level', async () => {
    expect(await found('education=20')).toEqual(['A', 'G', 'I']);
    expect(await found('education=10')).toEqual(['B']);
    expect(await found('education=40')).toEqual(['D']);
  });

  it('filters by age within the job’s range, ends included', async () => {
    expect(await found('age=16')).toEqual(['G']);
    expect(await found('age=45')).toEqual(['B', 'D', 'E', 'H']);
    expect(await found('age=60')).toEqual(['H']);
    expect(await found('age=65')).toEqual([]);
  });

  it('filters by work nature', async () => {
    expect(await found('workNature=03')).toEqual(['F']);
    expect(await found('workNature=02')).toEqual(['I']);
    expect(await found('workNature=04')).toEqual(['G']);
    expect(await found('workNature=05')).toEqual(['H']);
  });

  it('filters by area: a district with the city-wide jobs, 全市 without 外省市, 外省市 alone', async () => {
    expect(await found('area=310104')).toEqual(['A', 'B', 'F', 'H', 'I']);
    expect(await found('area=310151')).toEqual(['B', 'I']);
    expect(await found('area=310000')).toEqual(['A', 'B', 'C', 'D', 'F', 'G', 'H', 'I']);
    expect(await found('area=OUT')).toEqual(['E']);
  });

  it('combines the keyword with every filter', async () => {
    expect(await found('keyword=工&area=310104')).toEqual(['A', 'B']);
    expect(await found('keyword=工&education=40')).toEqual(['D']);
    expect(await found('keyword=员&age=60')).toEqual(['H']);
    expect(await found('keyword=工&age=50')).toEqual(['D', 'E']);
    expect(await found('keyword=数控车床&age=50')).toEqual(['E']);
    expect(await found('workNature=05&area=310104')).toEqual(['H']);
    expect(await found('education=20&area=310000')).toEqual(['A', 'G', 'I']);
    expect(await found('keyword=工程师&area=310104&education=10&age=30&workNature=01')).toEqual(['B']);
    expect(await search('keyword=工程师&age=50')).toMatchObject({ items: [], total: 0 });
  });

  it('refuses values outside the lists', async () => {
    const response = await seeker.get('/api/seeker/jobs?age=70');
    expect(response.status).toBe(400);
    expect(response.body.message).toBe('年龄范围为16至65周岁');
    expect((await seeker.get('/api/seeker/jobs?area=320000')).status).toBe(400);
    expect((await seeker.get('/api/seeker/jobs?cursor=bm9wZQ')).body).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '翻页参数无效，请重新搜索',
    });
  });

  it('follows a job that goes offline, comes back, and is renamed', async () => {
    const db = t.database.db;
    const change = (values: Partial<typeof jobs.$inferInsert>) =>
      db.transaction(async (tx) => {
        await tx.update(jobs).set(values).where(eq(jobs.id, ids.D));
        await reindexJob(tx, ids.D);
      });
    await change({ state: 'offline' });
    expect(await found('keyword=cnc')).toEqual([]);
    expect((await search()).total).toBe(8);
    await change({ state: 'recruiting' });
    expect(await found('keyword=cnc')).toEqual(['D']);
    await change({ title: '数控铣床操作工' });
    expect(await found('keyword=cnc')).toEqual([]);
    expect(await found('keyword=铣床')).toEqual(['D']);
  });
});

describe('GET /api/seeker/jobs: who may search', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('asks for 学历 and 政治面貌 before the first search', async () => {
    const { client } = await loginSeeker(t, { education: null });
    const response = await client.get('/api/seeker/jobs?keyword=工');
    expect(response.status).toBe(403);
    expect(response.body).toEqual({
      code: 'PROFILE_INCOMPLETE',
      message: '请先完善个人信息（学历、政治面貌）',
    });
  });

  it('needs a seeker login', async () => {
    const response = await new TestClient(t.app).get('/api/seeker/jobs');
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
  });
});
