import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { AccessToken, TokenVerifier } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { FAKE_LIVEKIT_KEY, FAKE_LIVEKIT_SECRET, startFakeLivekit } from '../../../test/media/fake-livekit';
import { approvedLivePresentation } from '../../../test/media/live-presentation';
import { cloudPresentations, storedFiles } from '../../db/schema';

// MEDIA_PROVIDER=livekit with recording, against the fake LiveKit server: 开始直播 creates the room
// and starts the egress, the viewer's join gets a subscribe-only token, 结束直播 stops the egress
// and deletes the room, and LiveKit's signed egress_ended notice stores the recording.

describe('[MEDIA] 直播宣讲 through LiveKit: room, tokens, recording kept from the webhook', () => {
  let t: TestApp;
  let fake: Awaited<ReturnType<typeof startFakeLivekit>>;
  beforeAll(async () => {
    fake = await startFakeLivekit();
    t = await buildTestApp({
      env: {
        MEDIA_PROVIDER: 'livekit',
        LIVEKIT_URL: fake.url,
        LIVEKIT_API_KEY: FAKE_LIVEKIT_KEY,
        LIVEKIT_API_SECRET: FAKE_LIVEKIT_SECRET,
        LIVEKIT_RECORDING: 'true',
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  const signed = async (body: string, secret = FAKE_LIVEKIT_SECRET) => {
    const token = new AccessToken(FAKE_LIVEKIT_KEY, secret, { ttl: '5m' });
    token.sha256 = createHash('sha256').update(body).digest('base64');
    return token.toJwt();
  };

  it('start → tokens → end → egress_ended stores the file as the recording', async () => {
    const { id, admin, hr, student } = await approvedLivePresentation(t, '198.18.11.1');
    const room = `live-${id}-${admin.id}`;

    const started = await hr.post(`/api/employer/cloud-live/${id}/start`);
    expect(started.body).toMatchObject({ liveState: 'live', mediaProvider: 'livekit', recording: true });
    expect(fake.calls.map((call) => call.path)).toEqual([
      '/twirp/livekit.RoomService/CreateRoom',
      '/twirp/livekit.Egress/StartRoomCompositeEgress',
    ]);
    expect(fake.calls[0]!.body.name).toBe(room);

    const config = await student.client.get('/api/seeker/media/config');
    expect(config.body).toMatchObject({ provider: 'livekit', recording: true });
    await student.client.post(`/api/seeker/cloud-live/${id}/presence`);
    const join = await student.client.post(`/api/seeker/media/live/${id}/join`);
    expect(join.body).toMatchObject({ provider: 'livekit', url: fake.url, role: 'guest', canPublish: false });
    const claims = (await new TokenVerifier(FAKE_LIVEKIT_KEY, FAKE_LIVEKIT_SECRET).verify(
      join.body.token,
    )) as {
      sub: string;
      video: Record<string, unknown>;
    };
    expect(claims.sub).toBe(student.accountId);
    expect(claims.video).toMatchObject({ room, roomJoin: true, canPublish: false, canSubscribe: true });
    const host = await hr.post(`/api/employer/media/live/${id}/join`);
    const hostClaims = (await new TokenVerifier(FAKE_LIVEKIT_KEY, FAKE_LIVEKIT_SECRET).verify(
      host.body.token,
    )) as {
      video: Record<string, unknown>;
    };
    expect(hostClaims.video).toMatchObject({ room, canPublish: true });

    await hr.post(`/api/employer/cloud-live/${id}/end`);
    expect(fake.calls.slice(2).map((call) => call.path)).toEqual([
      '/twirp/livekit.Egress/ListEgress',
      '/twirp/livekit.Egress/StopEgress',
      '/twirp/livekit.RoomService/DeleteRoom',
    ]);

    // LiveKit tells the app the file is ready; a forged notice is refused and changes nothing.
    fake.files.set('live.mp4', Buffer.from('....ftypisom recording bytes'));
    const notice = JSON.stringify({
      event: 'egress_ended',
      id: 'EV_1',
      egressInfo: {
        egressId: 'EG_1',
        roomName: room,
        status: 'EGRESS_COMPLETE',
        fileResults: [{ filename: 'live.mp4', location: fake.fileUrl('live.mp4') }],
      },
    });
    const post = async (authorization: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/public/media/livekit/webhook',
        headers: { 'content-type': 'application/webhook+json', authorization },
        payload: notice,
      });
    const forged = await post(await signed(notice, 'another-secret-of-32-characters-long!!'));
    expect(forged.statusCode).toBe(403);
    const [before] = await t.app.ctx.db
      .select()
      .from(cloudPresentations)
      .where(eq(cloudPresentations.id, id));
    expect(before!.recordingFileId).toBeNull();

    const accepted = await post(await signed(notice));
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toEqual({ kept: true });
    const [after] = await t.app.ctx.db.select().from(cloudPresentations).where(eq(cloudPresentations.id, id));
    const [file] = await t.app.ctx.db
      .select()
      .from(storedFiles)
      .where(eq(storedFiles.id, after!.recordingFileId!));
    expect(file).toMatchObject({ contentType: 'video/mp4', originalName: 'live.mp4' });
    expect((await t.app.ctx.providers.storage.get(file!.storageKey)).toString()).toBe(
      '....ftypisom recording bytes',
    );
    expect((await hr.get(`/api/employer/cloud-live/${id}`)).body.recordingFileId).toBe(file!.id);
  });
});
