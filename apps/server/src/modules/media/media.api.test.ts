import { liveTopic, MEDIA_LIMITS } from '@openrecruit/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { loginSeeker } from '../../../test/factories/job-search';
import { companyWithAdmin } from '../../../test/factories/onboarding';
import { TestClient } from '../../../test/http-client';
import { listenTo } from '../../../test/live-events';
import { mediaSignals } from '../../db/schema';
import { defineMediaSessionKind } from './media-session-kind';
import { MEDIA_SESSION_KIND_DEFINITIONS } from './media-session-kinds';
import { sweepMediaSignals } from './sweep-media-signals';

// Signalling through the app (docs/decisions/020-media.md): a session's kind says who is in it;
// signals go only to the caller's peers, are size- and rate-limited, read once, oldest first, and
// announced by `media.signal` with ids only. The session kind here is a stand-in (the interview
// and broadcast kinds have their own tests): an `interview` between one HR person and one student.

describe('[MEDIA] signalling: only peers, both areas, payload limits, read once, swept', () => {
  let t: TestApp;
  let hr: { client: TestClient; accountId: string };
  let student: { client: TestClient; accountId: string };
  let stranger: { client: TestClient; accountId: string };
  const sessionId = crypto.randomUUID();
  const original = MEDIA_SESSION_KIND_DEFINITIONS.interview;

  beforeAll(async () => {
    t = await buildTestApp();
    const { admin, adminLogin, adminPassword } = await companyWithAdmin(t);
    const hrClient = new TestClient(t.app, '198.18.7.1');
    expect((await hrClient.login('employer', adminLogin, adminPassword)).status).toBe(200);
    hr = { client: hrClient, accountId: admin.id };
    student = await loginSeeker(t);
    stranger = await loginSeeker(t);
    MEDIA_SESSION_KIND_DEFINITIONS.interview = defineMediaSessionKind({
      code: 'interview',
      async access(_ctx, id, caller) {
        if (id !== sessionId) return null;
        const base = { room: `interview-${id}`, canPublish: true };
        if (caller.area === 'employer' && caller.accountId === hr.accountId)
          return { ...base, peers: [student.accountId], role: 'host', displayName: '面试官' };
        if (caller.area === 'seeker' && caller.accountId === student.accountId)
          return { ...base, peers: [hr.accountId], role: 'guest', displayName: '学生' };
        return null;
      },
    });
  });
  afterAll(async () => {
    if (original) MEDIA_SESSION_KIND_DEFINITIONS.interview = original;
    else delete MEDIA_SESSION_KIND_DEFINITIONS.interview;
    await t.close();
  });

  const offer = (to: string) => ({
    to,
    peerId: 'p1',
    kind: 'offer',
    payload: { type: 'offer', sdp: 'v=0\r\n' },
  });

  it('config: the built-in p2p service, no ICE servers on a LAN, no recording', async () => {
    const response = await student.client.get('/api/seeker/media/config');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      provider: 'p2p',
      iceServers: [],
      recording: false,
      limits: {
        payloadMaxBytes: MEDIA_LIMITS.payloadMaxBytes,
        signalsPerMinute: MEDIA_LIMITS.signalsPerMinute,
      },
    });
    expect((await hr.client.get('/api/employer/media/ping')).status).toBe(200);
  });

  it('join: each side gets its role and peers; a stranger, an unknown kind and another session are 404', async () => {
    const host = await hr.client.post(`/api/employer/media/interview/${sessionId}/join`);
    expect(host.status).toBe(200);
    expect(host.body).toMatchObject({
      provider: 'p2p',
      role: 'host',
      peers: [student.accountId],
      self: hr.accountId,
      url: null,
      token: null,
    });
    const guest = await student.client.post(`/api/seeker/media/interview/${sessionId}/join`);
    expect(guest.body).toMatchObject({ role: 'guest', peers: [hr.accountId] });
    expect((await stranger.client.post(`/api/seeker/media/interview/${sessionId}/join`)).status).toBe(404);
    expect((await student.client.post(`/api/seeker/media/webinar/${sessionId}/join`)).status).toBe(404);
    const other = crypto.randomUUID();
    expect((await student.client.post(`/api/seeker/media/interview/${other}/join`)).status).toBe(404);
    // The student's session is not reachable through the employer area (another area's session: 401).
    expect((await student.client.post(`/api/employer/media/interview/${sessionId}/join`)).status).toBe(401);
  });

  it('signals go to a peer only, announced by media.signal (ids only), read once and oldest first', async () => {
    const hrEvents = listenTo(t.app, liveTopic.account(hr.accountId));
    const sent = await student.client.post(
      `/api/seeker/media/interview/${sessionId}/signals`,
      offer(hr.accountId),
    );
    expect(sent.status).toBe(200);
    const event = await hrEvents.waitFor('media.signal');
    expect(event.data).toEqual({ sessionKind: 'interview', sessionId, signalId: sent.body.id });
    await student.client.post(`/api/seeker/media/interview/${sessionId}/signals`, {
      to: hr.accountId,
      peerId: 'p1',
      kind: 'candidate',
      payload: { candidate: { candidate: 'candidate:1 1 udp 1 192.0.2.1 5000 typ host', sdpMid: '0' } },
    });
    // Not a peer: the stranger, and the student addressing themselves.
    expect(
      (
        await student.client.post(
          `/api/seeker/media/interview/${sessionId}/signals`,
          offer(stranger.accountId),
        )
      ).status,
    ).toBe(404);
    expect(
      (await stranger.client.post(`/api/seeker/media/interview/${sessionId}/signals`, offer(hr.accountId)))
        .status,
    ).toBe(404);

    const read = await hr.client.get(`/api/employer/media/interview/${sessionId}/signals`);
    expect(read.status).toBe(200);
    expect(read.body.items.map((s: { kind: string }) => s.kind)).toEqual(['offer', 'candidate']);
    expect(read.body.items[0]).toMatchObject({ id: sent.body.id, from: student.accountId, peerId: 'p1' });
    expect((await hr.client.get(`/api/employer/media/interview/${sessionId}/signals`)).body.items).toEqual(
      [],
    );
    // The student had none; the stranger may not read the session at all.
    expect((await student.client.get(`/api/seeker/media/interview/${sessionId}/signals`)).body.items).toEqual(
      [],
    );
    expect((await stranger.client.get(`/api/seeker/media/interview/${sessionId}/signals`)).status).toBe(404);

    // And back: the host answers in the employer area, the student's topic hears of it.
    const studentEvents = listenTo(t.app, liveTopic.account(student.accountId));
    const answer = await hr.client.post(`/api/employer/media/interview/${sessionId}/signals`, {
      to: student.accountId,
      peerId: 'p1',
      kind: 'answer',
      payload: { type: 'answer', sdp: 'v=0\r\n' },
    });
    expect(answer.status).toBe(200);
    expect((await studentEvents.waitFor('media.signal')).data).toMatchObject({ signalId: answer.body.id });
  });

  it('payload limits: an SDP over 16 KB and an unknown kind are refused with 400, nothing stored', async () => {
    const before = await t.database.db.select().from(mediaSignals);
    const big = await student.client.post(`/api/seeker/media/interview/${sessionId}/signals`, {
      ...offer(hr.accountId),
      payload: { type: 'offer', sdp: 'a'.repeat(MEDIA_LIMITS.payloadMaxBytes + 1) },
    });
    expect(big.status).toBe(400);
    expect(big.body.message).toBe('信令内容不能超过16KB');
    const wrongKind = await student.client.post(`/api/seeker/media/interview/${sessionId}/signals`, {
      ...offer(hr.accountId),
      kind: 'hello',
    });
    expect(wrongKind.status).toBe(400);
    expect(await t.database.db.select().from(mediaSignals)).toHaveLength(before.length);
  });

  it('the sweep removes signals nobody read within their lifetime, and only those', async () => {
    await student.client.post(`/api/seeker/media/interview/${sessionId}/signals`, offer(hr.accountId));
    const [old] = await t.database.db
      .insert(mediaSignals)
      .values({
        sessionKind: 'interview',
        sessionId,
        fromAccountId: student.accountId,
        toAccountId: hr.accountId,
        peerId: 'old',
        kind: 'offer',
        payload: {},
        createdAt: new Date(Date.now() - (MEDIA_LIMITS.signalTtlSeconds + 60) * 1000),
      })
      .returning();
    const { removed } = await sweepMediaSignals(t.app.ctx, { now: new Date() });
    expect(removed).toBe(1);
    expect(await t.database.db.select().from(mediaSignals).where(eq(mediaSignals.id, old!.id))).toEqual([]);
    const left = await hr.client.get(`/api/employer/media/interview/${sessionId}/signals`);
    expect(left.body.items.map((s: { peerId: string }) => s.peerId)).toEqual(['p1']);
  });
});
