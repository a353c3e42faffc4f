import { defineMediaSessionKind } from '../media/media-session-kind';
import { findAccountCompanyId, findLivePresentation } from './cloud-live.repository';
import { findViewableLive, presentViewers } from './live-access';
import { hostOfRoom } from './live-room';

/**
 * The `live` media session: a 直播宣讲 while it is live. The host is a member of the company (the
 * one who opened it sends; the viewers' peer is that account); a guest is a student of a
 * university that approved it, who only receives. The host's peers are the viewers present
 * (their heartbeats, in the database, so every API instance sees the same).
 */
export const liveMediaSession = defineMediaSessionKind({
  code: 'live',
  async access(ctx, sessionId, caller) {
    if (caller.area === 'employer') {
      const companyId = await findAccountCompanyId(ctx.db, caller.accountId);
      if (!companyId) return null;
      const row = await findLivePresentation(ctx.db, sessionId);
      if (!row || row.companyId !== companyId || row.liveState !== 'live' || !row.mediaRoom) return null;
      return {
        peers: await presentViewers(ctx.db, sessionId),
        room: row.mediaRoom,
        role: 'host',
        canPublish: hostOfRoom(sessionId, row.mediaRoom) === caller.accountId,
        displayName: row.companyName,
      };
    }
    const row = await findViewableLive(ctx, { accountId: caller.accountId }, sessionId);
    const host = row ? hostOfRoom(sessionId, row.mediaRoom) : null;
    if (row?.liveState !== 'live' || !row.mediaRoom || !host) return null;
    return { peers: [host], room: row.mediaRoom, role: 'guest', canPublish: false, displayName: '观众' };
  },
});
