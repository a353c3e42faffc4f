import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { liveTopic } from '@openrecruit/shared';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createSignedInSeeker, createTestCompany, createTestJob } from '../../../test/factories';
import { TestClient } from '../../../test/http-client';
import { applications } from '../../db/schema';
import { formatServerSentEvent, HEARTBEAT_MS } from './event-stream';

/** An EventSource-like reader over a real socket: collects the raw text as it arrives. */
function openStream(port: number, cookie: string | undefined) {
  let text = '';
  let response: http.IncomingMessage | undefined;
  const request = http.get({
    host: '127.0.0.1',
    port,
    path: '/api/seeker/events',
    headers: { accept: 'text/event-stream', ...(cookie ? { cookie } : {}) },
  });
  const opened = new Promise<http.IncomingMessage>((resolve, reject) => {
    request.on('response', (res) => {
      response = res;
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      resolve(res);
    });
    request.on('error', reject);
  });
  return {
    opened,
    text: () => text,
    ended: () => response?.complete === true,
    close: () => request.destroy(),
  };
}

describe('[SEEKER] live updates: /api/seeker/events and the 招聘 badge', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await buildTestApp();
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    port = (t.app.server.address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  const cookieOf = (client: TestClient) => [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

  it('streams the seeker’s own events over HTTP with headers that stop proxy buffering', async () => {
    const me = await createSignedInSeeker(t.app);
    const other = await createSignedInSeeker(t.app);
    const stream = openStream(port, cookieOf(me.client));
    const response = await stream.opened;
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['x-accel-buffering']).toBe('no');
    await expect.poll(stream.text).toContain(': connected');

    await t.app.ctx.events.publish({
      topic: liveTopic.account(other.accountId),
      type: 'message',
      data: { applicationId: 'b' },
    });
    await t.app.ctx.events.publish({
      topic: liveTopic.account(me.accountId),
      type: 'message',
      data: { applicationId: 'a1' },
    });
    await t.app.ctx.events.publish({ topic: liveTopic.account(me.accountId), type: 'applications.changed' });
    await expect.poll(stream.text).toContain('event: applications.changed\ndata: {}\n\n');
    expect(stream.text()).toContain('event: message\ndata: {"applicationId":"a1"}\n\n');
    expect(stream.text()).not.toContain('"b"');
    stream.close();
  });

  it('unsubscribes when the client disconnects', async () => {
    const me = await createSignedInSeeker(t.app);
    const topic = liveTopic.account(me.accountId);
    const subscribe = t.app.ctx.events.subscribe.bind(t.app.ctx.events);
    let live = 0;
    t.app.ctx.events.subscribe = (name, handler) => {
      const unsubscribe = subscribe(name, handler);
      if (name !== topic) return unsubscribe;
      live++;
      return () => {
        live--;
        unsubscribe();
      };
    };
    try {
      const stream = openStream(port, cookieOf(me.client));
      await stream.opened;
      await expect.poll(() => live).toBe(1);
      stream.close();
      await expect.poll(() => live).toBe(0);
    } finally {
      t.app.ctx.events.subscribe = subscribe;
    }
  });

  it('sends a heartbeat comment every 25 s and ends the stream once the session has ended', async () => {
    const me = await createSignedInSeeker(t.app);
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const stream = openStream(port, cookieOf(me.client));
      await stream.opened;
      await expect.poll(stream.text).toContain(': connected');
      vi.advanceTimersByTime(HEARTBEAT_MS);
      await expect.poll(stream.text).toContain(': heartbeat\n\n');
      expect(stream.ended()).toBe(false);

      expect((await me.client.post('/api/auth/seeker/logout')).status).toBe(200);
      vi.advanceTimersByTime(HEARTBEAT_MS);
      await expect.poll(stream.ended).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers 401 without a session, over HTTP and through inject', async () => {
    const stream = openStream(port, undefined);
    const response = await stream.opened;
    expect(response.statusCode).toBe(401);
    await expect.poll(stream.text).toContain('UNAUTHENTICATED');
    const expired = await new TestClient(t.app).get('/api/seeker/events', { cookie: 'or_seeker=gone' });
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('SESSION_EXPIRED');
  });

  it('writes one frame per event, ids only, on one data line', () => {
    expect(formatServerSentEvent({ type: 'interview', data: { applicationId: 'x', note: 'a\nb' } })).toBe(
      'event: interview\ndata: {"applicationId":"x","note":"a\\nb"}\n\n',
    );
  });

  it('sums unread replies and new interview notices over current and history applications', async () => {
    const me = await createSignedInSeeker(t.app);
    const other = await createSignedInSeeker(t.app);
    expect((await me.client.get('/api/seeker/notifications/summary')).body).toEqual({
      unreadReplies: 0,
      newInterviewNotices: 0,
    });
    const company = await createTestCompany(t.database.db);
    const [a, b, c] = await Promise.all(
      [1, 2, 3].map(() => createTestJob(t.database.db, { companyId: company.id })),
    );
    await t.database.db.insert(applications).values([
      {
        seekerAccountId: me.accountId,
        jobId: a!.id,
        companyId: company.id,
        seekerUnread: 2,
        interviewNoticeUnseen: 1,
      },
      {
        seekerAccountId: me.accountId,
        jobId: b!.id,
        companyId: company.id,
        state: 'withdrawn',
        withdrawnAt: new Date(),
        seekerUnread: 3,
      },
      {
        seekerAccountId: other.accountId,
        jobId: c!.id,
        companyId: company.id,
        seekerUnread: 7,
        interviewNoticeUnseen: 1,
      },
    ]);
    expect((await me.client.get('/api/seeker/notifications/summary')).body).toEqual({
      unreadReplies: 5,
      newInterviewNotices: 1,
    });
    expect((await new TestClient(t.app).get('/api/seeker/notifications/summary')).status).toBe(401);
  });

  it('ends open streams when the server closes', async () => {
    const me = await createSignedInSeeker(t.app);
    const stream = openStream(port, cookieOf(me.client));
    await stream.opened;
    await expect.poll(stream.text).toContain(': connected');
    await t.app.close();
    await expect.poll(stream.ended).toBe(true);
  });
});
