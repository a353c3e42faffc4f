import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { TokenVerifier } from 'livekit-server-sdk';

// A local fake LiveKit server for tests: answers the Twirp endpoints the SDK calls (rooms, egress),
// refuses a request whose Bearer JWT is not signed with the API secret or lacks the call's grant,
// and serves recorded files at /files/<name>.

export const FAKE_LIVEKIT_KEY = 'APIfake';
export const FAKE_LIVEKIT_SECRET = 'fake-secret-of-at-least-32-characters!!';

export interface FakeLivekitCall {
  path: string;
  body: Record<string, unknown>;
  video: Record<string, unknown>;
}

export async function startFakeLivekit() {
  const calls: FakeLivekitCall[] = [];
  const egresses = new Map<string, { roomName: string; active: boolean }>();
  const files = new Map<string, Buffer>();
  const verifier = new TokenVerifier(FAKE_LIVEKIT_KEY, FAKE_LIVEKIT_SECRET);
  const server = http.createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => {
      raw += chunk;
    });
    request.on('end', async () => {
      const reply = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      const file = /^\/files\/(.+)$/.exec(request.url ?? '')?.[1];
      if (file) {
        const data = files.get(file);
        response.writeHead(data ? 200 : 404, { 'content-type': 'video/mp4' });
        response.end(data ?? '');
        return;
      }
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
          egresses.set(egressId, { roomName: String(body.roomName), active: true });
          return reply(200, { egressId, roomName: body.roomName, status: 'EGRESS_ACTIVE' });
        }
        case '/twirp/livekit.Egress/ListEgress':
          if (!video.roomRecord) return reply(403, { code: 'permission_denied', msg: 'roomRecord' });
          return reply(200, {
            items: [...egresses]
              .filter(([, egress]) => egress.roomName === body.roomName && egress.active)
              .map(([egressId, egress]) => ({
                egressId,
                roomName: egress.roomName,
                status: 'EGRESS_ACTIVE',
              })),
          });
        case '/twirp/livekit.Egress/StopEgress': {
          if (!video.roomRecord) return reply(403, { code: 'permission_denied', msg: 'roomRecord' });
          const egress = egresses.get(String(body.egressId));
          if (egress) egress.active = false;
          return reply(200, { egressId: body.egressId, status: 'EGRESS_COMPLETE' });
        }
        default:
          return reply(404, { code: 'bad_route', msg: request.url });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `ws://127.0.0.1:${port}`,
    fileUrl: (name: string) => `http://127.0.0.1:${port}/files/${name}`,
    calls,
    egresses,
    files,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
