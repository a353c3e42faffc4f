import { liveTopic } from '@openrecruit/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createSignedInEmployer, createSignedInSeeker, createTestJob } from '../../../test/factories';
import { companyWithAdmin, createUniversity } from '../../../test/factories/onboarding';
import { TestClient } from '../../../test/http-client';
import { listenTo } from '../../../test/live-events';
import { campusQuestions, notifications, reviewRequests } from '../../db/schema';
import { createStaffAccount } from '../../db/seed/accounts';

// Campus issue item 7: 校招答疑 — a student asks from a public page, the company answers (the
// student is told, live), FAQs on the company's campus page, at most 20 questions a day.

describe('[SEEKER/EMPLOYER/PUBLIC] 校招答疑: questions, answers and FAQs', () => {
  let t: TestApp;
  let ipNumber = 0;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  async function employer() {
    const { company, admin, adminLogin, adminPassword } = await companyWithAdmin(t);
    const client = new TestClient(t.app, `198.51.100.${(ipNumber++ % 200) + 30}`);
    expect((await client.login('employer', adminLogin, adminPassword)).status).toBe(200);
    return { company, admin, client };
  }

  /** A brochure of the company approved at a university it entered: its publication id. */
  async function approvedBrochure(company: { id: string }, admin: { id: string }, client: TestClient) {
    const university = await createUniversity(t);
    await t.app.ctx.db.insert(reviewRequests).values({
      kind: 'university_entry',
      subjectId: company.id,
      applicantAccountId: admin.id,
      applicantCompanyId: company.id,
      reviewerKind: 'university',
      reviewerUniversityId: university.id,
      payload: { universityName: university.name, source: 'console' },
      state: 'approved',
      decidedAt: new Date(),
    });
    const loginName = `qa.staff.${ipNumber++}`;
    await createStaffAccount(t.app.ctx, {
      role: 'university_staff',
      universityId: university.id,
      universityRole: 'member',
      loginName,
      displayName: '就业中心老师',
      password: 'Campus#2026ok',
    });
    const staff = new TestClient(t.app, `192.0.2.${(ipNumber++ % 200) + 20}`);
    expect((await staff.login('university', loginName, 'Campus#2026ok')).status).toBe(200);
    const created = await client.post('/api/employer/brochures', {
      title: '校园招聘简章',
      bodyHtml: '<p>欢迎</p>',
      jobIds: [],
      imageFileIds: [],
    });
    const published = await client.post(`/api/employer/brochures/${created.body.id}/publish`, {
      universityIds: [university.id],
    });
    const queue = await staff.get('/api/university/reviews?kind=brochure&state=pending');
    expect(
      (
        await staff.post(`/api/university/reviews/${queue.body.items[0].id}/decision`, {
          decision: 'approve',
        })
      ).status,
    ).toBe(200);
    return published.body.publications[0].id as string;
  }

  it('a question from a brochure → 未回复 with counts → 回复 → the student is notified, live, in 我的提问', async () => {
    const { company, admin, client } = await employer();
    const colleague = await createSignedInEmployer(t.app, company.id);
    const publicationId = await approvedBrochure(company, admin, client);
    const seeker = await createSignedInSeeker(t.app, { name: '王小明' });

    const companyLive = listenTo(t.app, liveTopic.company(company.id));
    const asked = await seeker.client.post('/api/seeker/campus/questions', {
      companyId: company.id,
      contextKind: 'brochure',
      contextId: publicationId,
      question: '请问贵公司是否接受非计算机专业的学生？',
    });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({
      company: { id: company.id, name: company.name },
      context: { kind: 'brochure', id: publicationId, label: '招聘简章：校园招聘简章' },
      answer: null,
    });
    expect((await companyLive.waitFor('campus-questions.changed')).data).toEqual({
      questionId: asked.body.id,
    });
    // Each HR person is told once (in-app); a second question within minutes adds no notice.
    await seeker.client.post('/api/seeker/campus/questions', {
      companyId: company.id,
      contextKind: 'company',
      question: '实习期有多长时间？',
    });
    const hrNotices = await t.app.ctx.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.kind, 'campus_question'), eq(notifications.accountId, colleague.account.id)),
      );
    expect(hrNotices).toHaveLength(1);
    expect(hrNotices[0]).toMatchObject({ title: '有学生向贵单位提问', link: '/employer/campus/qa' });

    const unanswered = await client.get('/api/employer/campus-questions?tab=unanswered');
    expect(unanswered.status).toBe(200);
    expect(unanswered.body.counts).toEqual({ unanswered: 2, answered: 0 });
    expect(unanswered.body.items.map((q: { question: string }) => q.question)).toEqual([
      '实习期有多长时间？',
      '请问贵公司是否接受非计算机专业的学生？',
    ]);
    expect(unanswered.body.items[1]).toMatchObject({
      studentName: '王**',
      context: { label: '招聘简章：校园招聘简章' },
    });
    expect(JSON.stringify(unanswered.body)).not.toContain('王小明');

    const seekerLive = listenTo(t.app, liveTopic.account(seeker.accountId));
    const answered = await colleague.client.post(`/api/employer/campus-questions/${asked.body.id}/answer`, {
      answer: '接受，欢迎各专业同学投递。',
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({
      answer: '接受，欢迎各专业同学投递。',
      answeredBy: expect.stringMatching(/^招聘专员/),
    });
    expect((await seekerLive.waitFor('campus-questions.answered')).data).toEqual({
      questionId: asked.body.id,
    });
    await seekerLive.waitFor('notification');
    const seekerNotices = await t.app.ctx.db
      .select()
      .from(notifications)
      .where(eq(notifications.accountId, seeker.accountId));
    expect(seekerNotices).toHaveLength(1);
    expect(seekerNotices[0]).toMatchObject({ kind: 'campus_answer', title: `${company.name}回复了你的提问` });

    const twice = await client.post(`/api/employer/campus-questions/${asked.body.id}/answer`, {
      answer: '再答一次',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('CAMPUS_QUESTION_ANSWERED');
    const answeredTab = await client.get('/api/employer/campus-questions?tab=answered');
    expect(answeredTab.body.counts).toEqual({ unanswered: 1, answered: 1 });
    expect(answeredTab.body.items).toHaveLength(1);

    const mine = await seeker.client.get('/api/seeker/campus/questions');
    expect(mine.status).toBe(200);
    expect(mine.body.total).toBe(2);
    expect(mine.body.items[1]).toMatchObject({ id: asked.body.id, answer: '接受，欢迎各专业同学投递。' });

    // Another company cannot see or answer it; another seeker does not see it.
    const other = await employer();
    expect((await other.client.get('/api/employer/campus-questions')).body.counts).toEqual({
      unanswered: 0,
      answered: 0,
    });
    const foreign = await other.client.post(
      `/api/employer/campus-questions/${mine.body.items[0].id}/answer`,
      {
        answer: '不是我们的问题',
      },
    );
    expect(foreign.status).toBe(404);
    const stranger = await createSignedInSeeker(t.app);
    expect((await stranger.client.get('/api/seeker/campus/questions')).body.total).toBe(0);
  });

  it('a question on a foreign or not public record is 404', async () => {
    const a = await employer();
    const b = await employer();
    const seeker = await createSignedInSeeker(t.app);
    const ask = (body: Record<string, unknown>) =>
      seeker.client.post('/api/seeker/campus/questions', { question: '请问还招人吗？', ...body });
    const jobOfB = await createTestJob(t.app.ctx.db, { companyId: b.company.id });
    const offlineJob = await createTestJob(t.app.ctx.db, { companyId: a.company.id, state: 'offline' });
    const recruiting = await createTestJob(t.app.ctx.db, { companyId: a.company.id });
    expect((await ask({ companyId: a.company.id, contextKind: 'job', contextId: jobOfB.id })).status).toBe(
      404,
    );
    expect(
      (await ask({ companyId: a.company.id, contextKind: 'job', contextId: offlineJob.id })).status,
    ).toBe(404);
    expect(
      (await ask({ companyId: a.company.id, contextKind: 'job', contextId: recruiting.id })).status,
    ).toBe(200);
    // A brochure not yet approved, a fair or presentation that does not exist.
    const draft = await a.client.post('/api/employer/brochures', {
      title: '草稿简章',
      bodyHtml: '<p>草稿</p>',
    });
    expect(
      (await ask({ companyId: a.company.id, contextKind: 'brochure', contextId: draft.body.id })).status,
    ).toBe(404);
    for (const contextKind of ['job_fair', 'presentation'])
      expect(
        (await ask({ companyId: a.company.id, contextKind, contextId: crypto.randomUUID() })).status,
      ).toBe(404);
    expect((await ask({ companyId: crypto.randomUUID(), contextKind: 'company' })).status).toBe(404);
    // The company page takes no record id; a record page needs one.
    expect((await ask({ companyId: a.company.id, contextKind: 'job' })).status).toBe(400);
    expect((await ask({ companyId: a.company.id, contextKind: 'company', question: '短' })).status).toBe(400);
  });

  it('at most 20 questions a day, also when they are sent at once', async () => {
    const { company } = await employer();
    const seeker = await createSignedInSeeker(t.app);
    await t.app.ctx.db.insert(campusQuestions).values(
      Array.from({ length: 17 }, (_, i) => ({
        companyId: company.id,
        seekerAccountId: seeker.accountId,
        contextKind: 'company' as const,
        question: `之前的问题${i}`,
      })),
    );
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        seeker.client.post('/api/seeker/campus/questions', {
          companyId: company.id,
          contextKind: 'company',
          question: `同时提问的问题${i}`,
        }),
      ),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(3);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(3);
    expect(refused[0]!.body).toMatchObject({
      code: 'CAMPUS_QUESTION_DAILY_LIMIT',
      message: '今天的提问次数已达上限（20次），请明天再来提问',
    });
  });

  it('FAQs: 新增, 编辑, 删除, and shown on the public campus page', async () => {
    const { company, admin, client } = await employer();
    const publicationId = await approvedBrochure(company, admin, client);
    const created = await client.post('/api/employer/campus-faqs', {
      question: '是否提供住宿？',
      answer: '提供员工宿舍。',
    });
    expect(created.status).toBe(200);
    const second = await client.post('/api/employer/campus-faqs', {
      question: '工作地点在哪？',
      answer: '上海浦东。',
    });
    expect(second.status).toBe(200);
    const edited = await client.request('PUT', `/api/employer/campus-faqs/${created.body.id}`, {
      question: '是否提供住宿？',
      answer: '提供免费员工宿舍。',
    });
    expect(edited.status).toBe(200);
    expect((await client.get('/api/employer/campus-faqs')).body.items).toHaveLength(2);
    expect((await client.request('DELETE', `/api/employer/campus-faqs/${second.body.id}`)).status).toBe(200);

    const page = await new TestClient(t.app).get(`/api/public/companies/${company.id}/campus`);
    expect(page.status).toBe(200);
    expect(page.body.company).toMatchObject({ id: company.id, name: company.name });
    expect(page.body.faqs).toEqual([
      expect.objectContaining({ question: '是否提供住宿？', answer: '提供免费员工宿舍。' }),
    ]);
    expect(page.body.brochures).toEqual([expect.objectContaining({ publicationId, title: '校园招聘简章' })]);

    const other = await employer();
    expect(
      (
        await other.client.request('PUT', `/api/employer/campus-faqs/${created.body.id}`, {
          question: '改别人的',
          answer: '不可以的',
        })
      ).status,
    ).toBe(404);
    expect(
      (await other.client.request('DELETE', `/api/employer/campus-faqs/${created.body.id}`)).status,
    ).toBe(404);
    expect((await client.request('DELETE', `/api/employer/campus-faqs/${second.body.id}`)).status).toBe(404);
  });
});
