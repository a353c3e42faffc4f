import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { approvedLivePresentation } from '../../../test/media/live-presentation';
import { exchangeUntil, WeriftPeer } from '../../../test/media/werift-peer';

// Two real WebRTC peers (werift, headless) connect through the app's signalling only: the
// presenter of a live broadcast and a student viewer exchange offer, answer and ICE candidates
// through /api/{employer,seeker}/media/live/:id/signals, and a DataChannel message crosses.

describe('[MEDIA] two werift peers connect through the app’s signalling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('the viewer offers, the presenter answers; a DataChannel message goes both ways', async () => {
    const { id, admin, hr, student } = await approvedLivePresentation(t, '198.18.10.1');
    const presentation = { id };
    expect((await hr.post(`/api/employer/cloud-live/${presentation!.id}/start`)).status).toBe(200);
    expect((await student.client.post(`/api/seeker/cloud-live/${presentation!.id}/presence`)).status).toBe(
      200,
    );

    const host = new WeriftPeer(
      { client: hr, base: `/api/employer/media/live/${presentation!.id}`, remote: student.accountId },
      'viewer-1',
    );
    const guest = new WeriftPeer(
      { client: student.client, base: `/api/seeker/media/live/${presentation!.id}`, remote: admin.id },
      'viewer-1',
    );
    const received: string[] = [];
    host.pc.onDataChannel.subscribe((channel) => {
      channel.onMessage.subscribe((message) => {
        received.push(`host got ${message.toString()}`);
        channel.send('欢迎观看');
      });
    });
    const channel = guest.pc.createDataChannel('chat');
    channel.onMessage.subscribe((message) => received.push(`guest got ${message.toString()}`));
    channel.stateChanged.subscribe((state) => {
      if (state === 'open') channel.send('你好');
    });
    await guest.offer();
    try {
      await exchangeUntil([host, guest], () => received.length >= 2);
      expect(received).toEqual(['host got 你好', 'guest got 欢迎观看']);
      expect(host.pc.connectionState).toBe('connected');
      expect(guest.pc.connectionState).toBe('connected');
    } finally {
      await Promise.all([host.close(), guest.close()]);
    }
  }, 30_000);
});
