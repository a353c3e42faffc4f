import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createSignedInEmployer, createSignedInSeeker, createTestCompany } from '../../../test/factories';
import { createUniversity } from '../../../test/factories/onboarding';
import type { TestClient } from '../../../test/http-client';
import { notifications, videoFairInterviews } from '../../db/schema';
import type { CompanyMember } from '../../plugins/access';
import { answerVideoInvitation } from './answer-video-invitation';
import { callNextStudent } from './call-next-student';
import { recordVideoPresence } from './record-video-presence';
import { sweepVideoQueues } from './sweep-video-queues';
import { VIDEO_QUEUE_RULES } from './video-interview-rules';
import { insertRegistration, insertVideoFair, signUpForFair } from './video-interviews.test-setup';

// Issue 13 tests: queue order and positions under 30 concurrent joins and leaves; the hold window
// and the no-show skip with a fake clock (decision 021).

type Seeker = Awaited<ReturnType<typeof createSignedInSeeker>>;

describe('[EMPLOYER][SEEKER] 视频双选会 queue: concurrency, presence, hold window, no-show', () => {
  let t: TestApp;
  let hr: TestClient;
  let member: CompanyMember;
  let companyId: string;
  let fairId: string;
  let registrationId: string;
  let seekers: Seeker[];

  beforeAll(async () => {
    t = await buildTestApp();
    const db = t.database.db;
    const university = await createUniversity(t);
    fairId = (await insertVideoFair(db, university.id)).id;
    const company = await createTestCompany(db);
    companyId = company.id;
    const employer = await createSignedInEmployer(t.app, companyId);
    hr = employer.client;
    member = { accountId: employer.account.id, companyId, isAdmin: false };
    registrationId = (
      await insertRegistration(db, {
        fairId,
        companyId,
        applicantAccountId: employer.account.id,
        interviewers: [
          { room: 1, name: '王面试官', accountId: employer.account.id },
          { room: 2, name: '王面试官', accountId: employer.account.id },
        ],
      })
    ).id;
    seekers = [];
    for (let n = 0; n < 32; n++) {
      const seeker = await createSignedInSeeker(t.app);
      await signUpForFair(db, fairId, seeker.accountId);
      seekers.push(seeker);
    }
  }, 120_000);
  afterAll(() => t.close());

  const invite = async (seeker: Seeker, room: number) => {
    const response = await hr.post(`/api/employer/video-fair-registrations/${registrationId}/invitations`, {
      seekerAccountId: seeker.accountId,
      origin: 'hall',
      room,
    });
    expect(response.status).toBe(200);
    return response.body.id as string;
  };

  const queueOf = async (room: number) => {
    const page = await hr.get(
      `/api/employer/video-fair-registrations/${registrationId}/interviews?state=queued&room=${room}&pageSize=50`,
    );
    return page.body.items as { id: string; queuedAt: string; place: { position: number } }[];
  };

  /** Dense (1..n), in (queuedAt, id) order, and each student sees the place the company sees. */
  const expectDenseAndOrdered = async (room: number, byInterview: Map<string, Seeker>) => {
    const queue = await queueOf(room);
    expect(queue.map((entry) => entry.place.position)).toEqual(queue.map((_, index) => index + 1));
    const rows = await t.database.db
      .select({ id: videoFairInterviews.id, queuedAt: videoFairInterviews.queuedAt })
      .from(videoFairInterviews)
      .where(eq(videoFairInterviews.state, 'queued'));
    const expected = rows
      .filter((row) => queue.some((entry) => entry.id === row.id))
      .sort((a, b) => a.queuedAt!.getTime() - b.queuedAt!.getTime() || (a.id < b.id ? -1 : 1))
      .map((row) => row.id);
    expect(queue.map((entry) => entry.id)).toEqual(expected);
    const own = await Promise.all(
      queue.map((entry) => byInterview.get(entry.id)!.client.get(`/api/seeker/video-interviews/${entry.id}`)),
    );
    expect(own.map((view) => view.body.place.position)).toEqual(queue.map((entry) => entry.place.position));
    return queue;
  };

  it('30 concurrent joins and leaves keep the positions dense and ordered', async () => {
    const thirty = seekers.slice(0, 30);
    const byInterview = new Map<string, Seeker>();
    const ids: string[] = [];
    for (const seeker of thirty) {
      const id = await invite(seeker, 1);
      ids.push(id);
      byInterview.set(id, seeker);
    }
    const accept = (index: number) =>
      thirty[index]!.client.post(`/api/seeker/video-interviews/${ids[index]}/accept`);
    const leave = (index: number) =>
      thirty[index]!.client.post(`/api/seeker/video-interviews/${ids[index]}/leave`);
    const joins = await Promise.all(Array.from({ length: 20 }, (_, index) => accept(index)));
    expect(joins.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect((await expectDenseAndOrdered(1, byInterview)).length).toBe(20);
    // The remaining ten join while ten of the first twenty leave, all at once.
    const mixed = await Promise.all([
      ...Array.from({ length: 10 }, (_, index) => accept(20 + index)),
      ...Array.from({ length: 10 }, (_, index) => leave(index * 2)),
    ]);
    expect(mixed.map((r) => r.status)).toEqual(Array(20).fill(200));
    const queue = await expectDenseAndOrdered(1, byInterview);
    expect(queue.length).toBe(20);
    expect(queue.some((entry) => ids.indexOf(entry.id) % 2 === 0 && ids.indexOf(entry.id) < 20)).toBe(false);
    // Everybody leaves at once: the queue is empty, nobody is left half-way.
    await Promise.all(
      queue.map((entry) =>
        byInterview.get(entry.id)!.client.post(`/api/seeker/video-interviews/${entry.id}/leave`),
      ),
    );
    expect(await queueOf(1)).toEqual([]);
  }, 120_000);

  it('presence: silent 20 s → dropped (keeps the place), back within the hold window, gone after it (told); a called no-show is skipped (told)', async () => {
    const [a, b] = [seekers[30]!, seekers[31]!];
    const aId = await invite(a, 2);
    const bId = await invite(b, 2);
    const t0 = new Date();
    const at = (ms: number) => new Date(t0.getTime() + ms);
    await answerVideoInvitation(t.app.ctx, { seeker: a, interviewId: aId, answer: 'accept', now: t0 });
    await answerVideoInvitation(t.app.ctx, { seeker: b, interviewId: bId, answer: 'accept', now: at(1) });
    const row = async (id: string) =>
      (await t.database.db.select().from(videoFairInterviews).where(eq(videoFairInterviews.id, id)))[0]!;

    expect(await sweepVideoQueues(t.app.ctx, { now: at(10_000) })).toEqual({
      dropped: 0,
      left: 0,
      noShows: 0,
    });
    const silent = at(VIDEO_QUEUE_RULES.presenceTimeoutMs + 2_000);
    expect((await sweepVideoQueues(t.app.ctx, { now: silent })).dropped).toBe(2);
    // Two instances sweeping at once change nothing twice.
    const again = await Promise.all([
      sweepVideoQueues(t.app.ctx, { now: silent }),
      sweepVideoQueues(t.app.ctx, { now: silent }),
    ]);
    expect(again.map((r) => r.dropped)).toEqual([0, 0]);
    const dropped = await recordVideoPresence(t.app.ctx, { seeker: b, interviewId: bId, now: at(30_000) });
    expect(dropped).toMatchObject({ state: 'queued', present: true, place: { position: 2 } });
    // A dropped student keeps the place: a is still first, but 开始面试 passes over a while dropped.
    const aView = await t.app.ctx.db
      .select()
      .from(videoFairInterviews)
      .where(eq(videoFairInterviews.id, aId));
    expect(aView[0]!.droppedAt).not.toBeNull();

    // Past the hold window, a's place is given up and a is told; b (seen at 30 s) is only dropped.
    const pastHold = at(VIDEO_QUEUE_RULES.presenceTimeoutMs + 2_000 + VIDEO_QUEUE_RULES.holdWindowMs + 1_000);
    const swept = await sweepVideoQueues(t.app.ctx, { now: pastHold });
    expect(swept).toMatchObject({ left: 1, dropped: 1 });
    expect((await row(aId)).state).toBe('left');
    const [told] = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.accountId, a.accountId));
    expect(told).toBeDefined();
    const aNotices = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.accountId, a.accountId));
    expect(aNotices.map((n) => n.title)).toContain('排队位置已失效');

    // b comes back and is called; b never joins: 未到场 after the no-show timeout, and told.
    await recordVideoPresence(t.app.ctx, { seeker: b, interviewId: bId, now: pastHold });
    const called = await callNextStudent(t.app.ctx, { member, registrationId, room: 2, now: pastHold });
    expect(called).toMatchObject({ id: bId, state: 'in_progress' });
    expect(called.joinBy).toBe(
      new Date(pastHold.getTime() + VIDEO_QUEUE_RULES.noShowTimeoutMs).toISOString(),
    );
    expect((await sweepVideoQueues(t.app.ctx, { now: new Date(pastHold.getTime() + 30_000) })).noShows).toBe(
      0,
    );
    const late = new Date(pastHold.getTime() + VIDEO_QUEUE_RULES.noShowTimeoutMs + 1_000);
    expect((await sweepVideoQueues(t.app.ctx, { now: late })).noShows).toBe(1);
    expect((await row(bId)).state).toBe('no_show');
    const bNotices = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.accountId, b.accountId));
    expect(bNotices.map((n) => n.title)).toContain('视频面试未到场');
    const joined = await b.client.post(`/api/seeker/video-interviews/${bId}/join`, {});
    expect(joined.status).toBe(409);
    expect(joined.body.message).toBe('您未在规定时间内进入，本次面试已跳过');
  });

  it('开始面试 passes over a dropped student, who keeps the place', async () => {
    const [c, d] = [seekers[0]!, seekers[1]!];
    const cId = await invite(c, 2);
    const dId = await invite(d, 2);
    const t0 = new Date();
    await answerVideoInvitation(t.app.ctx, { seeker: c, interviewId: cId, answer: 'accept', now: t0 });
    await answerVideoInvitation(t.app.ctx, {
      seeker: d,
      interviewId: dId,
      answer: 'accept',
      now: new Date(t0.getTime() + 1),
    });
    const later = new Date(t0.getTime() + VIDEO_QUEUE_RULES.presenceTimeoutMs + 1_000);
    await sweepVideoQueues(t.app.ctx, { now: later });
    await recordVideoPresence(t.app.ctx, { seeker: d, interviewId: dId, now: later });
    const called = await callNextStudent(t.app.ctx, { member, registrationId, room: 2, now: later });
    expect(called.id).toBe(dId);
    const cView = await c.client.get(`/api/seeker/video-interviews/${cId}`);
    expect(cView.body).toMatchObject({ state: 'queued', present: false, place: { position: 1 } });
    expect(cView.body.holdUntil).not.toBeNull();
  });
});
