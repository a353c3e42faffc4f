import { createHmac } from 'node:crypto';
import type { IceServer } from '@openrecruit/shared';

export interface IceConfig {
  stunUrls: readonly string[];
  turn: { urls: readonly string[]; secret: string; ttlSeconds: number } | null;
}

/**
 * coturn's REST API credentials (`use-auth-secret`, draft-uberti-behave-turn-rest): the username is
 * `<unix expiry>:<account id>` and the password base64(HMAC-SHA1(static-auth-secret, username)),
 * so coturn checks them without asking the app, and they stop working at the expiry.
 */
export function turnCredential(secret: string, accountId: string, ttlSeconds: number, now = new Date()) {
  const expiry = Math.floor(now.getTime() / 1000) + ttlSeconds;
  const username = `${expiry}:${accountId}`;
  const credential = createHmac('sha1', secret).update(username).digest('base64');
  return { username, credential };
}

/** The ICE servers a browser gets: STUN as configured (none on a LAN), TURN with fresh credentials. */
export function iceServersOf(config: IceConfig, accountId: string, now = new Date()): IceServer[] {
  const servers: IceServer[] = [];
  if (config.stunUrls.length > 0) servers.push({ urls: [...config.stunUrls] });
  if (config.turn) {
    servers.push({
      urls: [...config.turn.urls],
      ...turnCredential(config.turn.secret, accountId, config.turn.ttlSeconds, now),
    });
  }
  return servers;
}
