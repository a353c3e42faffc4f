import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createSignedInSeeker } from '../../../test/factories';
import { TestClient } from '../../../test/http-client';

const FULL_RESUME = {
  educations: [
    {
      school: '上海大学',
      major: '计算机科学与技术',
      education: '20',
      startMonth: '2008-09',
      endMonth: '2012-07',
    },
  ],
  experiences: [
    {
      company: '上海申城科技有限公司',
      title: '软件工程师',
      startMonth: '2012-08',
      endMonth: null,
      description: '负责后台服务开发。',
    },
  ],
  skills: ['TypeScript', 'PostgreSQL'],
  certificates: [{ name: '全国计算机等级考试二级', issuedMonth: '2010-06' }],
  jobIntention: {
    occupations: ['软件工程师'],
    workAreas: ['310115'],
    workNature: '01',
    salaryMin: 15000,
    salaryMax: 25000,
  },
  selfIntroduction: '热爱编程，踏实肯干。',
  allowRecommendation: true,
};

const EMPTY_RESUME = {
  educations: [],
  experiences: [],
  skills: [],
  certificates: [],
  jobIntention: null,
  selfIntroduction: '',
  allowRecommendation: false,
};

describe('[SEEKER] 我的简历 (seed 000 §二)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  const put = (client: TestClient, body: unknown) => client.request('PUT', '/api/seeker/resume', body);

  it('gives a seeker who never saved one an empty resume worth the basic information only', async () => {
    const { client } = await createSignedInSeeker(t.app, { name: '赵一鸣' });
    const response = await client.get('/api/seeker/resume');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      ...EMPTY_RESUME,
      completeness: 20,
      missing: ['教育经历', '工作经历', '求职意向', '专业技能', '自我介绍', '证书'],
      updatedAt: null,
    });
    expect(response.body.basic).toMatchObject({ name: '赵一鸣', profileCompleted: false });
  });

  it('saves a full resume (100) and reads it back; saving again replaces it', async () => {
    const { client } = await createSignedInSeeker(t.app);
    const saved = await put(client, FULL_RESUME);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ ...FULL_RESUME, completeness: 100, missing: [] });
    expect(saved.body.updatedAt).toEqual(expect.any(String));
    expect((await client.get('/api/seeker/resume')).body).toEqual(saved.body);

    const trimmed = await put(client, { ...FULL_RESUME, experiences: [], certificates: [] });
    expect(trimmed.body.experiences).toEqual([]);
    expect(trimmed.body.completeness).toBe(75);
    expect(trimmed.body.missing).toEqual(['工作经历', '证书']);
  });

  it('weighs each section: education 20, experience 20, intention 15, skills 10, introduction 10, certificates 5', async () => {
    const { client } = await createSignedInSeeker(t.app);
    const cases: Array<[Partial<typeof FULL_RESUME>, number, string[]]> = [
      [{ educations: FULL_RESUME.educations }, 40, ['工作经历', '求职意向', '专业技能', '自我介绍', '证书']],
      [
        { jobIntention: FULL_RESUME.jobIntention },
        35,
        ['教育经历', '工作经历', '专业技能', '自我介绍', '证书'],
      ],
      [
        { skills: ['焊接'], certificates: FULL_RESUME.certificates },
        35,
        ['教育经历', '工作经历', '求职意向', '自我介绍'],
      ],
      [{ selfIntroduction: '  ' }, 20, ['教育经历', '工作经历', '求职意向', '专业技能', '自我介绍', '证书']],
    ];
    for (const [sections, completeness, missing] of cases) {
      const response = await put(client, { ...EMPTY_RESUME, ...sections });
      expect(response.status).toBe(200);
      expect({ completeness: response.body.completeness, missing: response.body.missing }).toEqual({
        completeness,
        missing,
      });
    }
  });

  it('refuses bad input by field with the reason, and keeps the saved resume', async () => {
    const { client } = await createSignedInSeeker(t.app);
    await put(client, FULL_RESUME);
    const badMonth = await put(client, {
      ...FULL_RESUME,
      educations: [{ ...FULL_RESUME.educations[0], endMonth: '2012-13' }],
    });
    expect(badMonth.status).toBe(400);
    expect(badMonth.body.details.fields).toEqual([{ field: 'educations.0.endMonth', reason: '请选择年月' }]);

    const tooMany = await put(client, {
      ...FULL_RESUME,
      educations: Array(11).fill(FULL_RESUME.educations[0]),
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.details.fields).toEqual([{ field: 'educations', reason: '教育经历最多10条' }]);

    const salary = await put(client, {
      ...FULL_RESUME,
      jobIntention: { ...FULL_RESUME.jobIntention, salaryMin: 30000, salaryMax: 20000 },
    });
    expect(salary.body.details.fields).toEqual([
      { field: 'jobIntention.salaryMax', reason: '期望薪资下限不能高于上限' },
    ]);

    const blankSchool = await put(client, {
      ...FULL_RESUME,
      educations: [{ ...FULL_RESUME.educations[0], school: '  ' }],
    });
    expect(blankSchool.body.details.fields).toEqual([
      { field: 'educations.0.school', reason: '请填写学校名称' },
    ]);

    expect((await client.get('/api/seeker/resume')).body).toMatchObject(FULL_RESUME);
  });

  it('does not change the basic information, whatever the request carries', async () => {
    const { client, person } = await createSignedInSeeker(t.app, { name: '钱多多' });
    const before = (await client.get('/api/seeker/profile')).body;
    const response = await put(client, {
      ...FULL_RESUME,
      basic: { ...before, name: '钱少少', householdRegistration: '北京市' },
      name: '钱少少',
      education: '10',
    });
    expect(response.status).toBe(200);
    expect(response.body.basic).toEqual(before);
    expect((await client.get('/api/seeker/profile')).body).toEqual(before);
    expect(JSON.stringify(response.body)).not.toContain(person.idNumber);
  });

  it('keeps each seeker to their own resume and answers 401 without a session', async () => {
    const first = await createSignedInSeeker(t.app);
    const second = await createSignedInSeeker(t.app);
    await put(first.client, FULL_RESUME);
    expect((await second.client.get('/api/seeker/resume')).body.completeness).toBe(20);
    const anonymous = new TestClient(t.app);
    expect((await anonymous.get('/api/seeker/resume')).status).toBe(401);
    expect((await put(anonymous, FULL_RESUME)).status).toBe(401);
  });
});
