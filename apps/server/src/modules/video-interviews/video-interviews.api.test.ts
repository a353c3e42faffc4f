import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createSignedInEmployer, createTestCompany, createTestJob } from '../../../test/factories';
import { createUniversity } from '../../../test/factories/onboarding';
import { createTalent } from '../../../test/factories/talent';
import type { TestClient } from '../../../test/http-client';
import { applications, notifications, resumes, videoFairInterviews } from '../../db/schema';
import { interviewMediaSession } from './interview-media-session';
import {
  insertMarkedApplication,
  insertRegistration,
  insertVideoFair,
  signUpForFair,
} from './video-interviews.test-setup';

// Issue 13 §3-§5 (seed 002 视频双选会面试邀约, 参与过程 ①–⑨): the hall, the three ways to invite,
// applications and 待处理, the room's queue, the call, 文字沟通, the evaluation in 简历管理, the process.

type Student = Awaited<ReturnType<typeof createTalent>>;

describe('[EMPLOYER][SEEKER] 视频双选会面试: hall, invitations, applications, queue, call, evaluation', () => {
  let t: TestApp;
  let hr: TestClient;
  let hrAccountId: string;
  let colleagueId: string;
  let otherHr: TestClient;
  let foreignHr: TestClient;
  let companyId: string;
  let registrationId: string;
  let pendingRegistrationId: string;
  let foreignRegistrationId: string;
  let fairId: string;
  let jobId: string;
  let s1: Student;
  let s2: Student;
  let s3: Student;
  let s4: Student;
  let base: string;

  beforeAll(async () => {
    t = await buildTestApp();
    const db = t.database.db;
    const university = await createUniversity(t);
    const fair = await insertVideoFair(db, university.id);
    const laterFair = await insertVideoFair(db, university.id);
    fairId = fair.id;
    const company = await createTestCompany(db, { name: '上海申城精密机械有限公司' });
    companyId = company.id;
    jobId = (await createTestJob(db, { companyId, title: '机械设计工程师', occupation: '机械工程技术人员' }))
      .id;
    const employer = await createSignedInEmployer(t.app, companyId);
    hr = employer.client;
    hrAccountId = employer.account.id;
    const colleague = await createSignedInEmployer(t.app, companyId);
    otherHr = colleague.client;
    colleagueId = colleague.account.id;
    const registration = await insertRegistration(db, {
      fairId,
      companyId,
      applicantAccountId: hrAccountId,
      jobIds: [jobId],
      interviewers: [
        { room: 1, name: '王面试官', accountId: hrAccountId },
        { room: 2, name: '李面试官', accountId: colleague.account.id },
      ],
    });
    registrationId = registration.id;
    base = `/api/employer/video-fair-registrations/${registrationId}`;
    pendingRegistrationId = (
      await insertRegistration(db, {
        fairId: laterFair.id,
        companyId,
        applicantAccountId: hrAccountId,
        interviewers: [{ room: 1, name: '王面试官', accountId: hrAccountId }],
        state: 'pending',
      })
    ).id;
    const foreign = await createTestCompany(db, { name: '苏州远航电子有限公司' });
    const foreignEmployer = await createSignedInEmployer(t.app, foreign.id);
    foreignHr = foreignEmployer.client;
    foreignRegistrationId = (
      await insertRegistration(db, {
        fairId,
        companyId: foreign.id,
        applicantAccountId: foreignEmployer.account.id,
        interviewers: [{ room: 1, name: '赵面试官', accountId: foreignEmployer.account.id }],
      })
    ).id;
    const student = (name: string, major: string, occupation: string) =>
      createTalent(t.app, {
        name,
        occupations: [occupation],
        educations: [{ school: university.name, education: '20', startMonth: '2023-09', endMonth: null }],
      }).then(async (s) => {
        // The factory's major is 机械工程: give each student their own.
        await t.database.db
          .update(resumes)
          .set({ educations: sql`jsonb_set(${resumes.educations}, '{0,major}', to_jsonb(${major}::text))` })
          .where(eq(resumes.accountId, s.accountId));
        return s;
      });
    s1 = await student('陈晓东', '机械工程', '机械工程技术人员');
    s2 = await student('林雨桐', '电气工程及其自动化', '电气工程技术人员');
    s3 = await student('周子墨', '工业设计', '工业设计人员');
    s4 = await student('吴思远', '机械工程', '数控车工');
    for (const s of [s1, s2, s4]) await signUpForFair(db, fairId, s.accountId);
  }, 60_000);
  afterAll(() => t.close());

  const interviewRow = (id: string) =>
    t.database.db
      .select()
      .from(videoFairInterviews)
      .where(eq(videoFairInterviews.id, id))
      .then((rows) => rows[0]!);

  it('求职者大厅 lists the signed-up students masked, filters them, and is 404 to others and before approval', async () => {
    const all = await hr.get(`${base}/hall`);
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(3);
    const names = all.body.items.map((s: { displayName: string }) => s.displayName).sort();
    expect(names.map((name: string) => name.slice(0, 1))).toEqual(['吴', '林', '陈']);
    expect(names.every((name: string) => /^.(先生|女士)$/.test(name))).toBe(true);
    expect(JSON.stringify(all.body)).not.toContain('陈晓东');
    const mechanical = await hr.get(`${base}/hall?major=机械`);
    expect(mechanical.body.items.map((s: { major: string }) => s.major)).toEqual(['机械工程', '机械工程']);
    const electrical = await hr.get(`${base}/hall?intention=电气`);
    expect(electrical.body.items).toHaveLength(1);
    expect(electrical.body.items[0].seekerAccountId).toBe(s2.accountId);
    const keyword = await hr.get(`${base}/hall?keyword=数控`);
    expect(keyword.body.items.map((s: { seekerAccountId: string }) => s.seekerAccountId)).toEqual([
      s4.accountId,
    ]);
    expect((await foreignHr.get(`${base}/hall`)).status).toBe(404);
    const pending = await hr.get(`/api/employer/video-fair-registrations/${pendingRegistrationId}/hall`);
    expect(pending.status).toBe(404);
    expect(pending.body.message).toBe('报名未通过高校审核，暂不能进入面试间');
    expect((await s1.client.get(`${base}/hall`)).status).toBe(401);
  });

  let s1Interview: string;

  it('方式一 求职者大厅 邀请面试: invited, a double click answers the same one, the student is told, accepts and queues', async () => {
    const body = {
      seekerAccountId: s1.accountId,
      origin: 'hall',
      room: 1,
      jobId,
      message: '欢迎参加视频面试',
    };
    const [first, second] = await Promise.all([
      hr.post(`${base}/invitations`, body),
      hr.post(`${base}/invitations`, body),
    ]);
    expect(first.body).toMatchObject({ state: 'invited' });
    expect(second.body).toMatchObject({ state: 'invited' });
    expect(second.body.id).toBe(first.body.id);
    expect(first.body).toMatchObject({ state: 'invited', origin: 'hall', room: 1, job: { id: jobId } });
    s1Interview = first.body.id;
    const [notice] = await t.database.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.accountId, s1.accountId), eq(notifications.kind, 'video_interview_invitation')),
      );
    expect(notice?.title).toBe('视频面试邀请');
    const hall = await hr.get(`${base}/hall?major=机械工程`);
    expect(
      hall.body.items.find((s: { seekerAccountId: string }) => s.seekerAccountId === s1.accountId).relation,
    ).toBe('invited');
    const mine = await s1.client.get('/api/seeker/video-interviews?scope=open');
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({
      stateLabel: '待接受邀请',
      company: { name: '上海申城精密机械有限公司' },
    });
    const accepted = await s1.client.post(`/api/seeker/video-interviews/${s1Interview}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ state: 'queued', place: { position: 1, ahead: 0 }, present: true });
    // The estimated wait before any interview today is the slot's length per position ahead: 0 now.
    expect(accepted.body.place.estimatedWaitSeconds).toBe(0);
    const again = await s1.client.post(`/api/seeker/video-interviews/${s1Interview}/accept`);
    expect(again.status).toBe(200);
    expect(again.body.queuedAt).toBe(accepted.body.queuedAt);
    // Queued now: inviting again is a clear 409.
    const open = await hr.post(`${base}/invitations`, { ...body, origin: 'room' });
    expect(open.status).toBe(409);
    expect(open.body.message).toBe('该求职者与贵单位已有进行中的邀请、申请或排队，请在面试间查看');
  });

  it('方式二 从人才大厅邀请 from the room: the student declines; a student not signed up cannot be invited from the hall', async () => {
    const invited = await hr.post(`${base}/invitations`, {
      seekerAccountId: s2.accountId,
      origin: 'room',
      room: 1,
    });
    expect(invited.status).toBe(200);
    const declined = await s2.client.post(`/api/seeker/video-interviews/${invited.body.id}/decline`);
    expect(declined.body).toMatchObject({ state: 'declined', stateLabel: '已拒绝邀请', place: null });
    const other = await s1.client.get(`/api/seeker/video-interviews/${invited.body.id}`);
    expect(other.status).toBe(404);
    const notSigned = await hr.post(`${base}/invitations`, {
      seekerAccountId: s3.accountId,
      origin: 'hall',
      room: 1,
    });
    expect(notSigned.status).toBe(404);
    expect(notSigned.body.message).toBe('该求职者未报名本场视频双选会');
    const badRoom = await hr.post(`${base}/invitations`, {
      seekerAccountId: s2.accountId,
      origin: 'hall',
      room: 9,
    });
    expect(badRoom.status).toBe(404);
  });

  let s3Interview: string;

  it('方式三 从简历管理邀请 lists the resumes marked 合适/待定; accepting signs the student up and queues them', async () => {
    await insertMarkedApplication(t.database.db, {
      seekerAccountId: s3.accountId,
      jobId,
      companyId,
      mark: 'suitable',
    });
    const list = await hr.get(`${base}/resume-candidates`);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      seekerAccountId: s3.accountId,
      displayName: '周女士',
      signedUp: false,
      relation: 'none',
      mark: 'suitable',
    });
    const invited = await hr.post(`${base}/invitations`, {
      seekerAccountId: s3.accountId,
      origin: 'resumes',
      room: 1,
    });
    expect(invited.status).toBe(200);
    s3Interview = invited.body.id;
    expect((await hr.get(`${base}/resume-candidates`)).body.items[0].relation).toBe('invited');
    const accepted = await s3.client.post(`/api/seeker/video-interviews/${s3Interview}/accept`);
    expect(accepted.body).toMatchObject({ state: 'queued', place: { position: 2, ahead: 1 } });
    // One interview ahead at 10 minutes a slot.
    expect(accepted.body.place.estimatedWaitSeconds).toBe(600);
    expect((await hr.get(`${base}/hall`)).body.total).toBe(4);
  });

  let s4Interview: string;

  it('⑤⑥ 申请视频面试 → 待处理 拒绝 (the student told) → again → 接受 → queued', async () => {
    const page = await s4.client.get(`/api/seeker/video-fairs/${fairId}/companies/${registrationId}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({
      signedUp: true,
      interview: null,
      jobs: [{ id: jobId, title: '机械设计工程师' }],
      rooms: [
        { room: 1, interviewerName: '王面试官', queueLength: 2 },
        { room: 2, interviewerName: '李面试官', queueLength: 0 },
      ],
    });
    // Not chosen: the room with the shortest queue (room 2).
    const applied = await s4.client.post(
      `/api/seeker/video-fairs/${fairId}/companies/${registrationId}/apply`,
      {},
    );
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ state: 'applied', room: 2, stateLabel: '已申请' });
    const twice = await s4.client.post(
      `/api/seeker/video-fairs/${fairId}/companies/${registrationId}/apply`,
      {},
    );
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('VIDEO_INTERVIEW_OPEN');
    const pending = await hr.get(`${base}/interviews?state=applied`);
    expect(pending.body.items.map((i: { id: string }) => i.id)).toEqual([applied.body.id]);
    const refused = await hr.post(`${base}/interviews/${applied.body.id}/refuse`);
    expect(refused.body.state).toBe('refused');
    const [told] = await t.database.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.accountId, s4.accountId), eq(notifications.kind, 'video_application_refused')),
      );
    expect(told?.title).toBe('视频面试申请未通过');
    expect((await s4.client.get(`/api/seeker/video-interviews/${applied.body.id}`)).body.stateLabel).toBe(
      '企业未接受',
    );
    const again = await s4.client.post(
      `/api/seeker/video-fairs/${fairId}/companies/${registrationId}/apply`,
      {
        room: 1,
        message: '希望参加面试',
      },
    );
    expect(again.status).toBe(200);
    s4Interview = again.body.id;
    expect(
      (
        await foreignHr.post(
          `/api/employer/video-fair-registrations/${foreignRegistrationId}/interviews/${s4Interview}/accept`,
        )
      ).status,
    ).toBe(404);
    const accepted = await hr.post(`${base}/interviews/${s4Interview}/accept`);
    // Queued from now, not yet arrived: called once the student's page reports.
    expect(accepted.body).toMatchObject({ state: 'queued', place: { position: 3 }, present: false });
    // A student not signed up cannot apply.
    const stranger = await createTalent(t.app, { name: '郑一鸣' });
    const refusedApply = await stranger.client.post(
      `/api/seeker/video-fairs/${fairId}/companies/${registrationId}/apply`,
      {},
    );
    expect(refusedApply.status).toBe(409);
    expect(refusedApply.body.message).toBe('请先报名参加该视频双选会');
  });

  it('the queue lists room 1 in order; only the company sees it', async () => {
    const queue = await hr.get(`${base}/interviews?state=queued&room=1`);
    expect(
      queue.body.items.map((i: { id: string; place: { position: number } }) => [i.id, i.place.position]),
    ).toEqual([
      [s1Interview, 1],
      [s3Interview, 2],
      [s4Interview, 3],
    ]);
    expect((await foreignHr.get(`${base}/interviews?state=queued`)).status).toBe(404);
    const room = await hr.get(`${base}/rooms/1`);
    expect(room.body).toMatchObject({
      queueLength: 3,
      presentInQueue: 2,
      current: null,
      canHost: true,
      meanSeconds: 600,
    });
    expect((await otherHr.get(`${base}/rooms/1`)).body.canHost).toBe(false);
    expect((await hr.get(`${base}/rooms/7`)).status).toBe(404);
  });

  it('⑧ 开始面试: one call per room under concurrency; only the room’s interviewer calls', async () => {
    expect((await otherHr.post(`${base}/rooms/1/call`)).status).toBe(403);
    const calls = await Promise.all([hr.post(`${base}/rooms/1/call`), hr.post(`${base}/rooms/1/call`)]);
    const statuses = calls.map((c) => c.status).sort();
    expect(statuses).toEqual([200, 409]);
    const called = calls.find((c) => c.status === 200)!.body;
    expect(called).toMatchObject({ id: s1Interview, state: 'in_progress', calledBy: hrAccountId });
    expect(new Date(called.slotEndsAt).getTime() - new Date(called.calledAt).getTime()).toBe(10 * 60_000);
    expect(calls.find((c) => c.status === 409)!.body.code).toBe('VIDEO_ROOM_BUSY');
    // The others moved up.
    const s3View = await s3.client.get(`/api/seeker/video-interviews/${s3Interview}`);
    expect(s3View.body.place.position).toBe(1);
    expect(s3View.body.place.estimatedWaitSeconds).toBeGreaterThan(590);
    const joined = await s1.client.post(`/api/seeker/video-interviews/${s1Interview}/join`, {
      medium: 'video',
    });
    expect(joined.body).toMatchObject({ state: 'in_progress', medium: 'video' });
    expect(joined.body.joinedAt).not.toBeNull();
  });

  it('the interview media session: the interviewer hosts, the student is the guest, anyone else is refused', async () => {
    const host = await interviewMediaSession.access(t.app.ctx, s1Interview, {
      accountId: hrAccountId,
      area: 'employer',
    });
    expect(host).toMatchObject({ role: 'host', peers: [s1.accountId], room: `interview:${s1Interview}` });
    const guest = await interviewMediaSession.access(t.app.ctx, s1Interview, {
      accountId: s1.accountId,
      area: 'seeker',
    });
    expect(guest).toMatchObject({ role: 'guest', peers: [hrAccountId], displayName: '陈女士' });
    expect(
      await interviewMediaSession.access(t.app.ctx, s1Interview, { accountId: s3.accountId, area: 'seeker' }),
    ).toBeNull();
    expect(
      await interviewMediaSession.access(t.app.ctx, s1Interview, {
        accountId: colleagueId,
        area: 'employer',
      }),
    ).toBeNull();
    expect(
      await interviewMediaSession.access(t.app.ctx, s3Interview, { accountId: s3.accountId, area: 'seeker' }),
    ).toBeNull();
  });

  it('文字沟通: messages both ways while the interview is under way, listed for both', async () => {
    const fromHr = await hr.post(`${base}/interviews/${s1Interview}/messages`, {
      body: '请先做一下自我介绍',
    });
    expect(fromHr.status).toBe(200);
    const fromStudent = await s1.client.post(`/api/seeker/video-interviews/${s1Interview}/messages`, {
      body: '您好，我是机械工程专业的学生',
    });
    expect(fromStudent.status).toBe(200);
    const studentList = await s1.client.get(`/api/seeker/video-interviews/${s1Interview}/messages`);
    expect(studentList.body.items.map((m: { sender: string; mine: boolean }) => [m.sender, m.mine])).toEqual([
      ['company', false],
      ['student', true],
    ]);
    const hrList = await hr.get(`${base}/interviews/${s1Interview}/messages`);
    expect(hrList.body.items[0]).toMatchObject({ body: '请先做一下自我介绍', mine: true });
    const tooLong = await s1.client.post(`/api/seeker/video-interviews/${s1Interview}/messages`, {
      body: '长'.repeat(501),
    });
    expect(tooLong.status).toBe(400);
    expect((await s3.client.get(`/api/seeker/video-interviews/${s1Interview}/messages`)).status).toBe(404);
    expect(
      (await s3.client.post(`/api/seeker/video-interviews/${s3Interview}/messages`, { body: '你好' })).status,
    ).toBe(409);
    const burst = await Promise.all(
      Array.from({ length: 6 }, () =>
        hr.post(`${base}/interviews/${s1Interview}/messages`, { body: '好的' }),
      ),
    );
    expect(burst.map((r) => r.status)).toContain(429);
  });

  it('⑨ 结束面试 → 评价 filed on the resume in 简历管理 (source 双选会) and marked; the student sees 已面试 only', async () => {
    const early = await hr.post(`${base}/interviews/${s1Interview}/evaluation`, {
      score: 4,
      nextStep: 'next_round',
    });
    expect(early.status).toBe(409);
    const ended = await hr.post(`${base}/interviews/${s1Interview}/end`);
    expect(ended.body.state).toBe('completed');
    const evaluated = await hr.post(`${base}/interviews/${s1Interview}/evaluation`, {
      score: 4,
      tags: ['沟通表达', '专业能力'],
      comment: '基础扎实，表达清楚',
      nextStep: 'next_round',
    });
    expect(evaluated.status).toBe(200);
    expect(evaluated.body.evaluation).toMatchObject({ score: 4, nextStepLabel: '进入下一轮' });
    const applicationId = evaluated.body.evaluation.applicationId as string;
    const [record] = await t.database.db
      .select()
      .from(applications)
      .where(eq(applications.id, applicationId));
    expect(record).toMatchObject({
      source: 'job_fair',
      mark: 'suitable',
      jobId,
      seekerAccountId: s1.accountId,
      companyId,
    });
    const list = await hr.get(`/api/employer/applications/${applicationId}/video-fair-evaluations`);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      score: 4,
      tags: ['沟通表达', '专业能力'],
      comment: '基础扎实，表达清楚',
    });
    expect(
      (await foreignHr.get(`/api/employer/applications/${applicationId}/video-fair-evaluations`)).status,
    ).toBe(404);
    // 不合适 again on the same record moves the mark.
    const changed = await hr.post(`${base}/interviews/${s1Interview}/evaluation`, {
      score: 2,
      nextStep: 'unsuitable',
    });
    expect(changed.body.evaluation.applicationId).toBe(applicationId);
    const [remarked] = await t.database.db
      .select()
      .from(applications)
      .where(eq(applications.id, applicationId));
    expect(remarked?.mark).toBe('unsuitable');
    const seen = await s1.client.get(`/api/seeker/video-interviews/${s1Interview}`);
    expect(seen.body.stateLabel).toBe('已面试');
    expect(JSON.stringify(seen.body)).not.toContain('基础扎实');
    expect(seen.body).not.toHaveProperty('evaluation');
    // s3 has a 合适 record already: the evaluation goes on it.
  });

  it('跳过 a called student who has not joined (未到场, told); the student leaves the queue', async () => {
    const called = await hr.post(`${base}/rooms/1/call`);
    expect(called.body.id).toBe(s3Interview);
    const skipped = await hr.post(`${base}/interviews/${s3Interview}/skip`);
    expect(skipped.body.state).toBe('no_show');
    expect((await s3.client.get(`/api/seeker/video-interviews/${s3Interview}`)).body.stateLabel).toBe(
      '未到场',
    );
    const left = await s4.client.post(`/api/seeker/video-interviews/${s4Interview}/leave`);
    expect(left.body).toMatchObject({ state: 'left', place: null });
    expect((await hr.post(`${base}/rooms/1/call`)).body.code).toBe('VIDEO_QUEUE_EMPTY');
    expect((await interviewRow(s4Interview)).endedAt).not.toBeNull();
  });

  it('the process ①–⑨: each step done or what to do next', async () => {
    const before = await hr.get(`${base}/process`);
    expect(before.body.steps.map((s: { step: number; done: boolean }) => [s.step, s.done])).toEqual([
      [1, true],
      [2, true],
      [3, false],
      [4, false],
      [5, true],
      [6, true],
      [7, true],
      [8, true],
      [9, true],
    ]);
    expect(before.body.steps[2].next).toBe('进入面试间');
    expect((await hr.post(`${base}/rooms/1/entered`)).status).toBe(200);
    const test = await hr.post(`${base}/rooms/1/device-test`, {
      camera: true,
      microphone: true,
      speaker: true,
      rttMs: 12,
    });
    expect(test.status).toBe(200);
    const after = await hr.get(`${base}/process`);
    expect(after.body.steps.every((s: { done: boolean }) => s.done)).toBe(true);
    const pending = await hr.get(`/api/employer/video-fair-registrations/${pendingRegistrationId}/process`);
    expect(pending.body.steps[1]).toMatchObject({ done: false, next: '待高校审核' });
    expect((await foreignHr.get(`${base}/process`)).status).toBe(404);
    const s2Apply = await s2.client.post(
      `/api/seeker/video-fairs/${fairId}/companies/${registrationId}/apply`,
      {},
    );
    expect(s2Apply.status).toBe(200);
    const sixth = (await hr.get(`${base}/process`)).body.steps[5];
    expect(sixth).toMatchObject({ done: false, next: '1 个申请待处理', count: 1 });
  });
});
