import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import {
  createApplicant,
  createSignedInEmployer,
  createTestCompany,
  createTestJob,
} from '../../../test/factories';
import type { TestClient } from '../../../test/http-client';
import {
  interviewFolderItems,
  interviewSessions,
  interviews,
  talentInvitations,
  universities,
} from '../../db/schema';
import { shanghaiDate } from '../../lib/shanghai-time';

const DAY_MS = 86_400_000;

/** A Shanghai wall-clock time `days` from today, as the console's date picker sends it. */
function shanghaiAt(days: number, time: string) {
  return `${shanghaiDate(new Date(Date.now() + days * DAY_MS))}T${time}:00+08:00`;
}

const sessionInput = (applicationIds: string[], overrides: Record<string, unknown> = {}) => ({
  mode: 'offline',
  title: '2026届数控工艺岗第一轮面试',
  startsAt: shanghaiAt(2, '14:00'),
  endsAt: shanghaiAt(2, '16:00'),
  location: '上海市浦东新区张江路88号3楼',
  contactName: '张璇',
  contactPhone: '021-50800000',
  note: '请携带身份证和学历证书',
  applicationIds,
  ...overrides,
});

describe('面试安排: 面试夹, 新增面试 and 一键通知 (seed 002 首页)', () => {
  let t: TestApp;
  let companyId: string;
  let jobId: string;
  let hr: TestClient;
  let otherHr: TestClient;
  const applicants: Array<{ client: TestClient; applicationId: string; name: string }> = [];

  beforeAll(async () => {
    t = await buildTestApp();
    const company = await createTestCompany(t.database.db);
    companyId = company.id;
    const job = await createTestJob(t.database.db, { companyId, title: '数控车床操作工', education: null });
    jobId = job.id;
    hr = (await createSignedInEmployer(t.app, companyId)).client;
    const other = await createTestCompany(t.database.db);
    otherHr = (await createSignedInEmployer(t.app, other.id)).client;
    for (const name of ['王小燕', '李建国', '赵一鸣', '孙丽', '周杰']) {
      const seeker = await createApplicant(t.app, { name });
      const applied = await seeker.client.post('/api/seeker/applications', { jobId });
      expect(applied.status).toBe(200);
      applicants.push({ client: seeker.client, applicationId: applied.body.application.id, name });
    }
  }, 60_000);
  afterAll(() => t.close());

  const ids = (...indexes: number[]) => indexes.map((i) => applicants[i]!.applicationId);

  it('adds to the 面试夹 once under parallel clicks, lists it, and refuses what is not the company’s', async () => {
    const [first, second] = await Promise.all([
      hr.post('/api/employer/interview-folder', { applicationIds: ids(0, 1, 2) }),
      hr.post('/api/employer/interview-folder', { applicationIds: ids(0, 1, 2) }),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.body.added + second.body.added).toBe(3);
    expect(first.body.alreadyInFolder + second.body.alreadyInFolder).toBe(3);
    const [folder] = await t.database.db
      .select({ n: count() })
      .from(interviewFolderItems)
      .where(eq(interviewFolderItems.companyId, companyId));
    expect(folder!.n).toBe(3);

    const again = await hr.post('/api/employer/interview-folder', { applicationIds: ids(2, 3) });
    expect(again.body).toEqual({ added: 1, alreadyInFolder: 1 });

    const list = await hr.get('/api/employer/interview-folder?pageSize=2');
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(4);
    expect(list.body.items).toHaveLength(2);
    expect(list.body.items[0]).toMatchObject({
      applicationId: applicants[3]!.applicationId,
      candidate: { name: '孙丽', educationLabel: '大学本科' },
      job: { id: jobId, title: '数控车床操作工' },
      mark: null,
      markLabel: '未处理',
      withdrawn: false,
    });

    const tooMany = await hr.post('/api/employer/interview-folder', {
      applicationIds: Array.from({ length: 101 }, () => applicants[0]!.applicationId),
    });
    expect(tooMany.status).toBe(400);
    const foreign = await otherHr.post('/api/employer/interview-folder', { applicationIds: ids(4) });
    expect(foreign.status).toBe(404);
    expect((await otherHr.get('/api/employer/interview-folder')).body).toEqual({
      items: [],
      total: 0,
      page: 1,
      pageSize: 20,
    });
    const foreignRemove = await otherHr.request(
      'DELETE',
      `/api/employer/interview-folder/${applicants[0]!.applicationId}`,
    );
    expect(foreignRemove.status).toBe(404);

    const removed = await hr.request(
      'DELETE',
      `/api/employer/interview-folder/${applicants[3]!.applicationId}`,
    );
    expect(removed.body).toEqual({ ok: true });
    expect((await hr.get('/api/employer/interview-folder')).body.total).toBe(3);
  });

  it('新增面试: 学校远程面试 needs a university, candidates must be in the 面试夹, the time in the future', async () => {
    const remote = await hr.post(
      '/api/employer/interview-sessions',
      sessionInput(ids(0), { mode: 'campus_remote' }),
    );
    expect(remote.status).toBe(400);
    expect(remote.body.details.fields).toContainEqual({
      field: 'universityId',
      reason: '学校远程面试请选择学校',
    });

    const outside = await hr.post('/api/employer/interview-sessions', sessionInput(ids(0, 4)));
    expect(outside.status).toBe(400);
    expect(outside.body.details.fields[0]).toMatchObject({ field: 'applicationIds' });

    const past = await hr.post(
      '/api/employer/interview-sessions',
      sessionInput(ids(0), { startsAt: shanghaiAt(-1, '09:00'), endsAt: null }),
    );
    expect(past.status).toBe(400);
    expect(past.body.details.fields[0]).toEqual({ field: 'startsAt', reason: '面试时间不能早于当前时间' });

    const backwards = await hr.post(
      '/api/employer/interview-sessions',
      sessionInput(ids(0), { endsAt: shanghaiAt(2, '13:00') }),
    );
    expect(backwards.status).toBe(400);

    const [university] = await t.database.db
      .insert(universities)
      .values({ name: '测试理工大学', code: '4131019999', city: '上海市' })
      .returning();
    const created = await hr.post(
      '/api/employer/interview-sessions',
      sessionInput(ids(1), {
        mode: 'campus_remote',
        universityId: university!.id,
        jobId,
        location: '腾讯会议 123-456-789',
        startsAt: shanghaiAt(9, '10:00'),
        endsAt: null,
      }),
    );
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      mode: 'campus_remote',
      modeLabel: '学校远程面试',
      university: { name: '测试理工大学' },
      job: { id: jobId },
      counts: { total: 1, pending: 1 },
      candidates: [{ applicationId: applicants[1]!.applicationId, notifyState: 'pending', answer: null }],
    });
  });

  it('一键通知: per-candidate results, a withdrawn application fails with its reason, nobody twice', async () => {
    const created = await hr.post('/api/employer/interview-sessions', sessionInput(ids(0, 1, 2)));
    expect(created.status).toBe(200);
    const sessionId = created.body.id as string;
    // 赵一鸣 withdraws after being imported.
    const withdrawn = await applicants[2]!.client.post(
      `/api/seeker/applications/${applicants[2]!.applicationId}/withdraw`,
    );
    expect(withdrawn.status).toBe(200);

    const foreign = await otherHr.post(`/api/employer/interview-sessions/${sessionId}/notify`, {});
    expect(foreign.status).toBe(404);
    expect((await otherHr.get(`/api/employer/interview-sessions/${sessionId}`)).status).toBe(404);

    // Two batches at once (a double click): each candidate is notified exactly once.
    const [a, b] = await Promise.all([
      hr.post(`/api/employer/interview-sessions/${sessionId}/notify`, { applicationIds: ids(0, 1, 2) }),
      hr.post(`/api/employer/interview-sessions/${sessionId}/notify`, { applicationIds: ids(0, 1, 2) }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const outcomes = [...a.body.results, ...b.body.results];
    for (const i of [0, 1]) {
      const mine = outcomes.filter((r: any) => r.applicationId === applicants[i]!.applicationId);
      expect(mine.map((r: any) => r.outcome).sort()).toEqual(['sent', 'skipped']);
    }
    const failed = outcomes.filter((r: any) => r.applicationId === applicants[2]!.applicationId);
    expect(failed[0]).toMatchObject({
      name: '赵一鸣',
      outcome: 'failed',
      reason: '求职者已撤销该应聘，不能进行此操作',
    });
    const rounds = await t.database.db
      .select({ n: count() })
      .from(interviews)
      .where(
        and(eq(interviews.sessionId, sessionId), eq(interviews.applicationId, applicants[0]!.applicationId)),
      );
    expect(rounds[0]!.n).toBe(1);

    // The seeker sees 面试通知NEW with the session's details; 参加面试 shows as 参加.
    const record = (await applicants[0]!.client.get('/api/seeker/applications?list=current')).body.items.find(
      (item: any) => item.id === applicants[0]!.applicationId,
    );
    expect(record).toMatchObject({ hasNewInterviewNotice: true, stateLabel: '面试通知' });
    expect(record.interview.invitation).toContain('王小燕您好！');
    expect(record.interview.invitation).toContain('面试地点：上海市浦东新区张江路88号3楼');
    expect(record.interview.invitation).toMatch(/面试时间：\d{4}年\d+月\d+日（星期.）14:00至16:00/);
    expect(record.interview.invitation).toContain('单位联系人：张璇');
    const answered = await applicants[0]!.client.post(
      `/api/seeker/applications/${applicants[0]!.applicationId}/interview/answer`,
      { attend: true },
    );
    expect(answered.status).toBe(200);

    const detail = await hr.get(`/api/employer/interview-sessions/${sessionId}`);
    expect(detail.body.counts).toMatchObject({ total: 3, pending: 0, failed: 1, invited: 1, accepted: 1 });
    const byName = (name: string) => detail.body.candidates.find((c: any) => c.candidate.name === name);
    expect(byName('王小燕')).toMatchObject({ notifyState: 'sent', answer: 'accepted', answerLabel: '参加' });
    expect(byName('李建国')).toMatchObject({ notifyStateLabel: '已通知', answerLabel: '待回复' });
    expect(byName('赵一鸣')).toMatchObject({
      notifyState: 'failed',
      notifyStateLabel: '通知失败',
      notifyError: '求职者已撤销该应聘，不能进行此操作',
      answer: null,
    });

    // Nothing pending any more: the default batch sends nothing.
    const rest = await hr.post(`/api/employer/interview-sessions/${sessionId}/notify`, {});
    expect(rest.body).toEqual({ results: [], remaining: 0 });
    const tooMany = await hr.post(`/api/employer/interview-sessions/${sessionId}/notify`, {
      applicationIds: Array.from({ length: 21 }, () => applicants[0]!.applicationId),
    });
    expect(tooMany.status).toBe(400);

    const list = await hr.get('/api/employer/interview-sessions');
    expect(list.body.items.map((s: any) => s.id)[0]).toBe(sessionId);
    expect(list.body.total).toBe(2);
    expect((await otherHr.get('/api/employer/interview-sessions')).body).toEqual({
      items: [],
      total: 0,
      page: 1,
      pageSize: 20,
    });
  });
});

describe('校招日历/待办事项 and 工作台 (seed 002 首页)', () => {
  let t: TestApp;
  let companyId: string;
  let hr: TestClient;
  let otherHr: TestClient;
  beforeAll(async () => {
    t = await buildTestApp();
    companyId = (await createTestCompany(t.database.db)).id;
    hr = (await createSignedInEmployer(t.app, companyId)).client;
    otherHr = (await createSignedInEmployer(t.app, (await createTestCompany(t.database.db)).id)).client;
  }, 60_000);
  afterAll(() => t.close());

  it('upsertCampusTodo is idempotent per source and keeps 宣讲会 read-only here', async () => {
    const { upsertCampusTodo } = await import('./upsert-campus-todo');
    const sourceId = '7d4b8f0e-2a51-4c39-9d6e-1f0a2b3c4d5e';
    const first = await t.database.db.transaction((tx) =>
      upsertCampusTodo(tx, {
        companyId,
        kind: 'presentation',
        sourceKind: 'presentation',
        sourceId,
        title: '申江大学专场宣讲会',
        startsAt: new Date(shanghaiAt(3, '14:00')),
        location: '申江大学图书馆报告厅',
      }),
    );
    const [second, third] = await Promise.all([
      upsertCampusTodo(t.database.db, {
        companyId,
        kind: 'presentation',
        sourceKind: 'presentation',
        sourceId,
        title: '申江大学专场宣讲会（改期）',
        startsAt: new Date(shanghaiAt(4, '14:00')),
        location: '申江大学图书馆报告厅',
      }),
      upsertCampusTodo(t.database.db, {
        companyId,
        kind: 'presentation',
        sourceKind: 'presentation',
        sourceId,
        title: '申江大学专场宣讲会（改期）',
        startsAt: new Date(shanghaiAt(4, '14:00')),
        location: '申江大学图书馆报告厅',
      }),
    ]);
    expect(second.id).toBe(first.id);
    expect(third.id).toBe(first.id);
    const todos = await hr.get('/api/employer/todos?status=all');
    expect(todos.body.total).toBe(1);
    expect(todos.body.items[0]).toMatchObject({
      kind: 'presentation',
      kindLabel: '宣讲会',
      title: '申江大学专场宣讲会（改期）',
      fromCampus: true,
    });
    const removed = await hr.request('DELETE', `/api/employer/todos/${first.id}`);
    expect(removed.status).toBe(409);
    expect(removed.body.message).toBe('宣讲会由校园招聘自动同步，不能在待办事项中删除');
  });

  it('招聘活动: add, edit, complete, delete; another company gets 404; the calendar shows the range', async () => {
    const bad = await hr.post('/api/employer/todos', { title: '', startsAt: 'tomorrow' });
    expect(bad.status).toBe(400);
    const created = await hr.post('/api/employer/todos', {
      title: '张江人才市场专场招聘',
      startsAt: shanghaiAt(1, '09:00'),
      endsAt: shanghaiAt(1, '12:00'),
      location: '张江人才市场',
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      kind: 'recruiting_event',
      kindLabel: '招聘活动',
      fromCampus: false,
    });
    const id = created.body.id as string;

    for (const attempt of [
      otherHr.request('PUT', `/api/employer/todos/${id}`, { title: 'x', startsAt: shanghaiAt(1, '09:00') }),
      otherHr.request('DELETE', `/api/employer/todos/${id}`),
      otherHr.post(`/api/employer/todos/${id}/complete`),
    ]) {
      expect((await attempt).status).toBe(404);
    }
    const edited = await hr.request('PUT', `/api/employer/todos/${id}`, {
      title: '张江人才市场专场招聘会',
      startsAt: shanghaiAt(1, '09:30'),
    });
    expect(edited.body).toMatchObject({ title: '张江人才市场专场招聘会', endsAt: null, location: '' });

    const from = shanghaiDate(new Date(Date.now() + DAY_MS));
    const to = shanghaiDate(new Date(Date.now() + 3 * DAY_MS));
    const calendar = await hr.get(`/api/employer/calendar?from=${from}&to=${to}`);
    expect(calendar.status).toBe(200);
    // Tomorrow's 招聘活动 is in; the 宣讲会 in four days is not.
    expect(calendar.body.todos.map((todo: any) => todo.title)).toEqual(['张江人才市场专场招聘会']);
    expect(calendar.body.interviews).toEqual([]);
    expect((await otherHr.get(`/api/employer/calendar?from=${from}&to=${to}`)).body.todos).toEqual([]);
    const wide = await hr.get(`/api/employer/calendar?from=2026-01-01&to=2026-12-31`);
    expect(wide.status).toBe(400);

    const done = await hr.post(`/api/employer/todos/${id}/complete`);
    expect(done.body.completedAt).not.toBeNull();
    expect((await hr.post(`/api/employer/todos/${id}/complete`)).body.completedAt).toBe(
      done.body.completedAt,
    );
    expect((await hr.get('/api/employer/todos?kind=recruiting_event')).body.total).toBe(0);
    expect((await hr.get('/api/employer/todos?kind=recruiting_event&status=completed')).body.total).toBe(1);
    expect((await hr.request('DELETE', `/api/employer/todos/${id}`)).body).toEqual({ ok: true });
  });

  it('工作台: new resumes, recruiting jobs, today’s interviews and 30 zero-filled days', async () => {
    const job = await createTestJob(t.database.db, { companyId, education: null });
    await createTestJob(t.database.db, { companyId, state: 'offline' });
    const seekers = await Promise.all([createApplicant(t.app), createApplicant(t.app)]);
    const applied = [];
    for (const seeker of seekers) {
      applied.push(
        (await seeker.client.post('/api/seeker/applications', { jobId: job.id })).body.application.id,
      );
    }
    await hr.get(`/api/employer/applications/${applied[0]}`);

    const dashboard = await hr.get('/api/employer/dashboard');
    expect(dashboard.status).toBe(200);
    expect(dashboard.body).toMatchObject({
      newResumes: 1,
      recruitingJobs: 1,
      todayInterviews: 0,
      pendingInvitations: 0,
    });
    const days = dashboard.body.applicationsPerDay as Array<{ date: string; count: number }>;
    expect(days).toHaveLength(30);
    expect(days.at(-1)).toEqual({ date: shanghaiDate(), count: 2 });
    expect(days[0]!.date).toBe(shanghaiDate(new Date(Date.now() - 29 * DAY_MS)));
    expect(days.slice(0, -1).every((day) => day.count === 0)).toBe(true);

    // A session starting now is today's; a pending 邀约 waits for the student.
    await t.database.db.insert(interviewSessions).values({
      companyId,
      mode: 'offline',
      title: '现场面试',
      startsAt: new Date(),
      location: '前台',
      contactName: '张璇',
      contactPhone: '021-50800000',
    });
    await t.database.db
      .insert(talentInvitations)
      .values({ companyId, jobId: job.id, seekerAccountId: seekers[0]!.accountId });
    expect((await hr.get('/api/employer/dashboard')).body).toMatchObject({
      todayInterviews: 1,
      pendingInvitations: 1,
    });

    const other = await otherHr.get('/api/employer/dashboard');
    expect(other.body).toMatchObject({ newResumes: 0, recruitingJobs: 0 });
    expect(other.body.applicationsPerDay.every((day: any) => day.count === 0)).toBe(true);
  });
});
