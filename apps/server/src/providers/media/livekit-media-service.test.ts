import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AccessToken, TokenVerifier } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LivekitMediaService } from './livekit-media-service';

// The LiveKit adapter against a local fake LiveKit server: an HTTP server answering the Twirp
// endpoints the SDK calls, checking each request's Bearer JWT (signed with the API secret, the
// grant the call needs). The join token's claims and the webhook's signature are checked too.

const API_KEY = 'APIfake';
const API_SECRET = 'fake-secret-of-at-least-32-characters!!';

interface Call {
  path: string;
  body: Record<string, unknown>;
  video: Record<string, unknown>;
}

describe('LiveKit media service (fake LiveKit server)', () => {
  const calls: Call[] = [];
  let server: http.Server;
  let service: LivekitMediaService;
  const verifier = new TokenVerifier(API_KEY, API_SECRET);
  const egresses = new Map<string, { roomName: string; status: number }>();

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      let raw = '';
      request.on('data', (chunk) => {
        raw += chunk;
      });
      request.on('end', async () => {
        const reply = (status: number, body: unknown) => {
          response.writeHead(status, { 'content-type': 'application/json' });
          response.end(JSON.stringify(body));
        };
        const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
        let claims: Record<string, unknown>;
        try {
          claims = (await verifier.verify(token ?? '')) as Record<string, unknown>;
        } catch {
          reply(401, { code: 'unauthenticated', msg: 'invalid token' });
          return;
        }
        const video = (claims.video ?? {}) as Record<string, unknown>;
        const body = JSON.parse(raw || '{}') as Record<string, unknown>;
        calls.push({ path: request.url ?? '', body, video });
        switch (request.url) {
          case '/twirp/livekit.RoomService/CreateRoom':
            if (!video.roomCreate) return reply(403, { code: 'permission_denied', msg: 'roomCreate' });
            return reply(200, { sid: 'RM_1', name: body.name, emptyTimeout: body.emptyTimeout });
          case '/twirp/livekit.RoomService/DeleteRoom':
            if (!video.roomCreate) return reply(403, { code: 'permission_denied', msg: 'roomCreate' });
            return reply(200, {});
          case '/twirp/livekit.Egress/StartRoomCompositeEgress': {
            if (!video.roomRecord) return reply(403, { code: 'permission_denied', msg: 'roomRecord' });
            const egressId = `EG_${egresses.size + 1}`;
            egresses.set(egressId, { roomName: String(body.roomName), status: 1 });
            return reply(200, { egressId, roomName: body.roomName, status: 'EGRESS_ACTIVE' });
          }
          case '/twirp/livekit.Egress/ListEgress':
            return reply(200, {
              items: [...egresses]
                .filter(([, egress]) => egress.roomName === body.roomName && egress.status === 1)
                .map(([egressId, egress]) => ({
                  egressId,
                  roomName: egress.roomName,
                  status: 'EGRESS_ACTIVE',
                })),
            });
          case '/twirp/livekit.Egress/StopEgress': {
            const egress = egresses.get(String(body.egressId));
            if (egress) egress.status = 3;
            return reply(200, { egressId: body.egressId, status: 'EGRESS_COMPLETE' });
          }
          default:
            return reply(404, { code: 'bad_route', msg: request.url });
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    service = new LivekitMediaService({
      url: `ws://127.0.0.1:${port}`,
      apiKey: API_KEY,
      apiSecret: API_SECRET,
      recording: true,
      ice: { stunUrls: [], turn: null },
    });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

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
    expect(calls.map((call) => call.path)).toEqual([
      '/twirp/livekit.RoomService/CreateRoom',
      '/twirp/livekit.Egress/StartRoomCompositeEgress',
      '/twirp/livekit.Egress/ListEgress',
      '/twirp/livekit.Egress/StopEgress',
      '/twirp/livekit.RoomService/DeleteRoom',
    ]);
    expect(calls[0]!.body).toMatchObject({ name: 'live-2', emptyTimeout: 600 });
    expect(calls[1]!.body).toMatchObject({ roomName: 'live-2', layout: 'speaker' });
    expect(JSON.stringify(calls[1]!.body)).toContain('recordings/live-2-{time}.mp4');
    expect(calls[3]!.body).toMatchObject({ egressId: 'EG_1' });
    expect(egresses.get('EG_1')!.status).toBe(3);
  });

  it('a request signed with another secret is refused by the server', async () => {
    const wrong = new LivekitMediaService({
      url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`,
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
