import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { iceServersOf, turnCredential } from './turn-credentials';

// coturn's `use-auth-secret` (REST API credentials): username `<unix expiry>:<account id>`,
// password base64(HMAC-SHA1(static-auth-secret, username)); coturn recomputes it the same way.

describe('TURN credentials for coturn use-auth-secret', () => {
  const now = new Date('2026-03-01T08:00:00Z');
  const account = '2f1c6b8e-3f7e-4a1b-9d2e-0c1d2e3f4a5b';

  it('username is the expiry and the account; the password is the HMAC-SHA1 of it in base64', () => {
    const { username, credential } = turnCredential('north-secret', account, 3600, now);
    expect(username).toBe(`${Date.parse('2026-03-01T09:00:00Z') / 1000}:${account}`);
    expect(credential).toBe(createHmac('sha1', 'north-secret').update(username).digest('base64'));
    // A known vector: computed independently with `printf '%s' "$user" | openssl dgst -sha1 -hmac north-secret -binary | base64`.
    expect(turnCredential('north-secret', 'abc', 0, new Date(0)).credential).toBe(
      'oC1DZr8oNdhAtAlDrL7xClLacXs=',
    );
  });

  it('ICE servers: none on a LAN; STUN as configured; TURN with fresh credentials', () => {
    expect(iceServersOf({ stunUrls: [], turn: null }, account, now)).toEqual([]);
    const servers = iceServersOf(
      {
        stunUrls: ['stun:stun.example.cn:3478'],
        turn: { urls: ['turn:turn.example.cn:3478?transport=udp'], secret: 's', ttlSeconds: 600 },
      },
      account,
      now,
    );
    expect(servers[0]).toEqual({ urls: ['stun:stun.example.cn:3478'] });
    expect(servers[1]).toMatchObject({
      urls: ['turn:turn.example.cn:3478?transport=udp'],
      username: `${now.getTime() / 1000 + 600}:${account}`,
    });
  });

  it('configuration: TURN_URLS needs TURN_SECRET; livekit needs its three variables', () => {
    expect(() => loadConfig({ TURN_URLS: 'turn:t.example.cn:3478' })).toThrow(/TURN_SECRET/);
    expect(() => loadConfig({ MEDIA_PROVIDER: 'livekit', LIVEKIT_URL: 'wss://lk.example.cn' })).toThrow(
      /LIVEKIT_API_KEY, LIVEKIT_API_SECRET/,
    );
    const media = loadConfig({
      ICE_STUN_URLS: 'stun:a.example.cn:3478, stun:b.example.cn:3478',
      TURN_URLS: 'turn:t.example.cn:3478',
      TURN_SECRET: 'x',
    }).media;
    expect(media.provider).toBe('p2p');
    expect(media.ice.stunUrls).toEqual(['stun:a.example.cn:3478', 'stun:b.example.cn:3478']);
    expect(media.ice.turn).toEqual({ urls: ['turn:t.example.cn:3478'], secret: 'x', ttlSeconds: 3600 });
  });
});
