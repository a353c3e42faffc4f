import { createHash } from 'node:crypto';
import { AccessToken, TokenVerifier } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FAKE_LIVEKIT_KEY as API_KEY,
  FAKE_LIVEKIT_SECRET as API_SECRET,
  startFakeLivekit,
} from '../../../test/media/fake-livekit';
import { LivekitMediaService } from './livekit-media-service';

// The LiveKit adapter against a local fake LiveKit server: an HTTP server answering the Twirp
// endpoints the SDK calls, checking each request's Bearer JWT (signed with the API secret, the
// grant the call needs). The join token's claims and the webhook's signature are checked too.

describe('LiveKit media service (fake LiveKit server)', () => {
  let fake: Awaited<ReturnType<typeof startFakeLivekit>>;
  let service: LivekitMediaService;
  const verifier = new TokenVerifier(API_KEY, API_SECRET);

  beforeAll(async () => {
    fake = await startFakeLivekit();
    service = new LivekitMediaService({
      url: fake.url,
      apiKey: API_KEY,
      apiSecret: API_SECRET,
      recording: true,
      ice: { stunUrls: [], turn: null },
    });
  });
  afterAll(() => fake.close());

  it('join token: identity, name, room and grants, signed with the API secret, with an expiry', async () => {
    const join = await service.join({
      room: 'live-1',
      identity: 'account-1',
      name: '某某科技',
      canPublish: false,
      canSubscribe: true,
    });
    expect(join.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    const claims = (await verifier.verify(join.token)) as Record<string, unknown>;
    expect(claims).toMatchObject({ iss: API_KEY, sub: 'account-1', name: '某某科技' });
    expect(claims.video).toMatchObject({
      room: 'live-1',
      roomJoin: true,
      canPublish: false,
      canSubscribe: true,
    });
    expect(Number(claims.exp) - Number(claims.nbf ?? Math.floor(Date.now() / 1000))).toBeGreaterThan(
      3 * 3600,
    );
    await expect(
      new TokenVerifier(API_KEY, 'another-secret-of-32-characters-long!!').verify(join.token),
    ).rejects.toThrow();
  });

  it('rooms are created and deleted, the recording started and stopped, each call with its grant', async () => {
    await service.openRoom('live-2');
    expect(await service.startRecording('live-2')).toBe('EG_1');
    await service.stopRecording('live-2');
    await service.closeRoom('live-2');
    expect(fake.calls.map((call) => call.path)).toEqual([
      '/twirp/livekit.RoomService/CreateRoom',
      '/twirp/livekit.Egress/StartRoomCompositeEgress',
      '/twirp/livekit.Egress/ListEgress',
      '/twirp/livekit.Egress/StopEgress',
      '/twirp/livekit.RoomService/DeleteRoom',
    ]);
    expect(fake.calls[0]!.body).toMatchObject({ name: 'live-2', emptyTimeout: 600 });
    expect(fake.calls[1]!.body).toMatchObject({ roomName: 'live-2', layout: 'speaker' });
    expect(JSON.stringify(fake.calls[1]!.body)).toContain('recordings/live-2-{time}.mp4');
    expect(fake.calls[3]!.body).toMatchObject({ egressId: 'EG_1' });
    expect(fake.egresses.get('EG_1')!.active).toBe(false);
  });

  it('a request signed with another secret is refused by the server', async () => {
    const wrong = new LivekitMediaService({
      url: fake.url,
      apiKey: API_KEY,
      apiSecret: 'not-the-secret-but-long-enough-for-hs256!',
      recording: false,
      ice: { stunUrls: [], turn: null },
    });
    await expect(wrong.openRoom('x')).rejects.toThrow();
  });

  it('webhook: egress_ended with a valid signature gives the file; a wrong signature or body is refused', async () => {
    const body = JSON.stringify({
      event: 'egress_ended',
      id: 'EV_1',
      createdAt: String(Math.floor(Date.now() / 1000)),
      egressInfo: {
        egressId: 'EG_1',
        roomName: 'live-2',
        status: 'EGRESS_COMPLETE',
        fileResults: [
          { filename: 'live-2-1.mp4', location: 'https://storage.example.cn/recordings/live-2-1.mp4' },
        ],
      },
    });
    const sign = async (payload: string, secret = API_SECRET) => {
      const token = new AccessToken(API_KEY, secret, { ttl: '5m' });
      token.sha256 = createHash('sha256').update(payload).digest('base64');
      return token.toJwt();
    };
    expect(await service.receiveWebhook(body, await sign(body))).toEqual({
      room: 'live-2',
      location: 'https://storage.example.cn/recordings/live-2-1.mp4',
      filename: 'live-2-1.mp4',
    });
    await expect(
      service.receiveWebhook(body, await sign(body, 'another-secret-of-32-characters-long!!')),
    ).rejects.toThrow();
    await expect(service.receiveWebhook(`${body} `, await sign(body))).rejects.toThrow(/sha256/);
    const started = JSON.stringify({ event: 'room_started', id: 'EV_2', room: { name: 'live-2' } });
    expect(await service.receiveWebhook(started, await sign(started))).toBeNull();
  });
});
