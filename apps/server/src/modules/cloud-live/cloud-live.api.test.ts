import { liveTopic } from '@openrecruit/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { loginSeeker } from '../../../test/factories/job-search';
import { companyWithAdmin, createUniversity } from '../../../test/factories/onboarding';
import { TestClient } from '../../../test/http-client';
import { listenTo } from '../../../test/live-events';
import { cloudPresentations, cloudPresentationTargets, resumes } from '../../db/schema';
import { sweepCloudLive } from './sweep-cloud-live';

// 直播宣讲 (issue 13 item 1): the company opens the broadcast of an approved live 云宣讲 from 30
// minutes before its start; students of an approving university watch (the `live` media session)
// and comment; the company answers, hides and silences; a forgotten broadcast is ended.

describe('[EMPLOYER/SEEKER] 直播宣讲: start, watch, comments, 隐藏, 禁言, end', () => {
  let t: TestApp;
  let company: Awaited<ReturnType<typeof companyWithAdmin>>;
  let hr: TestClient;
  let otherHr: TestClient;
  let university: { id: string; name: string };
  let student: { client: TestClient; accountId: string };
  let otherStudent: { client: TestClient; accountId: string };
  let outsider: { client: TestClient; accountId: string };
  let ip = 0;
  const nextIp = () => {
    ip += 1;
    return `198.18.9.${ip}`;
  };

  async function studentOf(universityName: string) {
    const seeker = await loginSeeker(t);
    const educations = [
      { school: universityName, major: '计算机', education: '20', startMonth: '2023-09', endMonth: null },
    ];
    await t.app.ctx.db
      .insert(resumes)
      .values({ accountId: seeker.accountId, educations })
      .onConflictDoUpdate({ target: resumes.accountId, set: { educations } });
    return seeker;
  }

  /** A live 云宣讲 of the company, approved (or not) at the university; times relative to now. */
  async function livePresentation(options: { startsInMinutes: number; approved?: boolean; hours?: number }) {
    const startsAt = new Date(Date.now() + options.startsInMinutes * 60_000);
    const [row] = await t.app.ctx.db
      .insert(cloudPresentations)
      .values({
        companyId: company.company.id,
        applicantAccountId: company.admin.id,
        format: 'live',
        title: '2026届校园招聘直播宣讲',
        startsAt,
        endsAt: new Date(startsAt.getTime() + (options.hours ?? 2) * 3_600_000),
        liveState: 'scheduled',
      })
      .returning();
    await t.app.ctx.db.insert(cloudPresentationTargets).values({
      presentationId: row!.id,
      universityId: university.id,
      companyId: company.company.id,
      state: options.approved === false ? 'pending' : 'approved',
    });
    return row!;
  }

  beforeAll(async () => {
    t = await buildTestApp();
    company = await companyWithAdmin(t);
    hr = new TestClient(t.app, nextIp());
    expect((await hr.login('employer', company.adminLogin, company.adminPassword)).status).toBe(200);
    const other = await companyWithAdmin(t);
    otherHr = new TestClient(t.app, nextIp());
    expect((await otherHr.login('employer', other.adminLogin, other.adminPassword)).status).toBe(200);
    university = await createUniversity(t);
    const elsewhere = await createUniversity(t);
    student = await studentOf(university.name);
    otherStudent = await studentOf(university.name);
    outsider = await studentOf(elsewhere.name);
  });
  afterAll(() => t.close());

  it('开始直播: not before 30 minutes ahead, not before an approval; then live with a room, once', async () => {
    const early = await livePresentation({ startsInMinutes: 45 });
    const view = await hr.get(`/api/employer/cloud-live/${early.id}`);
    expect(view.body).toMatchObject({
      liveState: 'scheduled',
      canStart: false,
      mediaProvider: 'p2p',
      recording: false,
    });
    const tooEarly = await hr.post(`/api/employer/cloud-live/${early.id}/start`);
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body).toMatchObject({
      code: 'LIVE_CANNOT_START',
      message: '直播可在开始前30分钟内开启，请稍后再来',
    });

    const pending = await livePresentation({ startsInMinutes: 10, approved: false });
    const notApproved = await hr.post(`/api/employer/cloud-live/${pending.id}/start`);
    expect(notApproved.body).toMatchObject({
      code: 'LIVE_CANNOT_START',
      message: '尚无高校审核通过，暂不能开始直播',
    });
    // The student cannot even see one no university of theirs approved.
    expect((await student.client.get(`/api/seeker/cloud-live/${pending.id}`)).status).toBe(404);

    const soon = await livePresentation({ startsInMinutes: 20 });
    expect((await hr.get(`/api/employer/cloud-live/${soon.id}`)).body.canStart).toBe(true);
    const events = listenTo(t.app, liveTopic.company(company.company.id));
    const started = await hr.post(`/api/employer/cloud-live/${soon.id}/start`);
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({
      liveState: 'live',
      hostAccountId: company.admin.id,
      canStart: false,
    });
    expect((await events.waitFor('cloud-live.changed')).data).toEqual({ presentationId: soon.id });
    const [row] = await t.app.ctx.db
      .select()
      .from(cloudPresentations)
      .where(eq(cloudPresentations.id, soon.id));
    expect(row).toMatchObject({
      liveState: 'live',
      mediaProvider: 'p2p',
      mediaRoom: `live-${soon.id}-${company.admin.id}`,
    });
    const again = await hr.post(`/api/employer/cloud-live/${soon.id}/start`);
    expect(again.body).toMatchObject({ code: 'INVALID_STATE', message: '直播已经开始' });
    // Another company's HR: 404 like a missing one.
    expect((await otherHr.post(`/api/employer/cloud-live/${soon.id}/start`)).status).toBe(404);
    expect((await otherHr.get(`/api/employer/cloud-live/${soon.id}`)).status).toBe(404);
  });

  it('the live media session: host and viewers, peers from presence, others 404', async () => {
    const p = await livePresentation({ startsInMinutes: 5 });
    // Not live yet: nobody is in the session.
    expect((await hr.post(`/api/employer/media/live/${p.id}/join`)).status).toBe(404);
    await hr.post(`/api/employer/cloud-live/${p.id}/start`);
    const host = await hr.post(`/api/employer/media/live/${p.id}/join`);
    expect(host.body).toMatchObject({ role: 'host', canPublish: true, peers: [] });
    // A viewer reports presence; then the host may signal them, and they only the host.
    const seen = await student.client.post(`/api/seeker/cloud-live/${p.id}/presence`);
    expect(seen.body).toMatchObject({ liveState: 'live', viewerCount: 1, hostAccountId: company.admin.id });
    expect((await hr.post(`/api/employer/media/live/${p.id}/join`)).body.peers).toEqual([student.accountId]);
    const guest = await student.client.post(`/api/seeker/media/live/${p.id}/join`);
    expect(guest.body).toMatchObject({ role: 'guest', canPublish: false, peers: [company.admin.id] });
    const toOther = await hr.post(`/api/employer/media/live/${p.id}/signals`, {
      to: otherStudent.accountId,
      peerId: 'x',
      kind: 'answer',
      payload: { type: 'answer', sdp: 'v=0' },
    });
    expect(toOther.status).toBe(404);
    // A student of another university, another company's HR: 404.
    expect((await outsider.client.post(`/api/seeker/media/live/${p.id}/join`)).status).toBe(404);
    expect((await outsider.client.post(`/api/seeker/cloud-live/${p.id}/presence`)).status).toBe(404);
    expect((await otherHr.post(`/api/employer/media/live/${p.id}/join`)).status).toBe(404);
  });

  it('互动: a student comments, the company answers, hides and silences; limits and states refuse clearly', async () => {
    const p = await livePresentation({ startsInMinutes: 5 });
    const notLive = await student.client.post(`/api/seeker/cloud-live/${p.id}/comments`, {
      body: '请问有实习吗？',
    });
    expect(notLive.body).toMatchObject({ code: 'LIVE_NOT_LIVE', message: '直播未开始或已结束，暂不能发言' });
    await hr.post(`/api/employer/cloud-live/${p.id}/start`);
    await student.client.post(`/api/seeker/cloud-live/${p.id}/presence`);

    const studentEvents = listenTo(t.app, liveTopic.account(student.accountId));
    const asked = await student.client.post(`/api/seeker/cloud-live/${p.id}/comments`, {
      body: '请问有实习吗？',
    });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({
      authorKind: 'student',
      body: '请问有实习吗？',
      mine: true,
      hidden: false,
    });
    expect(asked.body.authorLabel).toMatch(/^同学·[0-9A-F]{4}$/);
    await studentEvents.waitFor('cloud-live.changed');
    const tooFast = await student.client.post(`/api/seeker/cloud-live/${p.id}/comments`, {
      body: '还有一个问题',
    });
    expect(tooFast.status).toBe(429);
    expect(tooFast.body.message).toMatch(/^发言太快了，请\d秒后再试$/);
    const tooLong = await otherStudent.client.post(`/api/seeker/cloud-live/${p.id}/comments`, {
      body: '长'.repeat(201),
    });
    expect(tooLong.status).toBe(400);

    const answer = await hr.post(`/api/employer/cloud-live/${p.id}/comments`, {
      body: '有的，暑期实习七月开始。',
    });
    expect(answer.body).toMatchObject({ authorKind: 'company', authorLabel: '主办方' });
    const rude = await otherStudent.client.post(`/api/seeker/cloud-live/${p.id}/comments`, {
      body: '广告广告',
    });

    const hidden = await hr.post(`/api/employer/cloud-live/${p.id}/comments/${rude.body.id}/hide`);
    expect(hidden.body).toMatchObject({ id: rude.body.id, hidden: true });
    const seenByStudent = await student.client.get(`/api/seeker/cloud-live/${p.id}/comments`);
    expect(seenByStudent.body.items.map((c: { body: string }) => c.body)).toEqual([
      '有的，暑期实习七月开始。',
      '请问有实习吗？',
    ]);
    const seenByCompany = await hr.get(`/api/employer/cloud-live/${p.id}/comments`);
    expect(seenByCompany.body.items.map((c: { hidden: boolean }) => c.hidden)).toEqual([true, false, false]);

    const muted = await hr.post(`/api/employer/cloud-live/${p.id}/comments/${rude.body.id}/mute`);
    expect(muted.body.authorMuted).toBe(true);
    const silenced = await otherStudent.client.post(`/api/seeker/cloud-live/${p.id}/comments`, {
      body: '为什么隐藏',
    });
    expect(silenced.status).toBe(403);
    expect(silenced.body).toMatchObject({ code: 'LIVE_MUTED', message: '您已被主办方禁言，不能发言' });
    expect((await otherStudent.client.get(`/api/seeker/cloud-live/${p.id}`)).body.muted).toBe(true);
    // The company's own answer cannot be "silenced"; another company's HR cannot moderate.
    const self = await hr.post(`/api/employer/cloud-live/${p.id}/comments/${answer.body.id}/mute`);
    expect(self.status).toBe(409);
    expect(
      (await otherHr.post(`/api/employer/cloud-live/${p.id}/comments/${asked.body.id}/hide`)).status,
    ).toBe(404);
    expect((await outsider.client.get(`/api/seeker/cloud-live/${p.id}/comments`)).status).toBe(404);
  });

  it('结束直播 ends it for everyone; the sweep ends one forgotten an hour past its end', async () => {
    const p = await livePresentation({ startsInMinutes: 5 });
    await hr.post(`/api/employer/cloud-live/${p.id}/start`);
    await student.client.post(`/api/seeker/cloud-live/${p.id}/presence`);
    const ended = await hr.post(`/api/employer/cloud-live/${p.id}/end`);
    expect(ended.body).toMatchObject({ liveState: 'ended', viewerCount: 0, recordingFileId: null });
    expect((await student.client.get(`/api/seeker/cloud-live/${p.id}`)).body.liveState).toBe('ended');
    expect((await student.client.post(`/api/seeker/media/live/${p.id}/join`)).status).toBe(404);
    expect((await hr.post(`/api/employer/cloud-live/${p.id}/end`)).body.message).toBe('直播已结束');

    const forgotten = await livePresentation({ startsInMinutes: 5, hours: 1 });
    await hr.post(`/api/employer/cloud-live/${forgotten.id}/start`);
    expect((await sweepCloudLive(t.app.ctx, { now: new Date(Date.now() + 90 * 60_000) })).ended).toBe(0);
    expect((await sweepCloudLive(t.app.ctx, { now: new Date(Date.now() + 130 * 60_000) })).ended).toBe(1);
    const [row] = await t.app.ctx.db
      .select()
      .from(cloudPresentations)
      .where(eq(cloudPresentations.id, forgotten.id));
    expect(row!.liveState).toBe('ended');
  });
});
