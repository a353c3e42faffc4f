import type { MediaJoin } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { MediaCaller } from './media-session-kind';
import { requireMediaAccess } from './session-access';

export interface JoinMediaSessionOptions {
  caller: MediaCaller;
  kind: string;
  sessionId: string;
}

/** 加入: the caller's part in the session, and with LiveKit the server's address and a join token. */
export async function joinMediaSession(
  ctx: AppContext,
  options: JoinMediaSessionOptions,
): Promise<MediaJoin> {
  const { access } = await requireMediaAccess(ctx, options.kind, options.sessionId, options.caller);
  const media = ctx.providers.media;
  const admission = await media.join({
    room: access.room,
    identity: options.caller.accountId,
    name: access.displayName,
    canPublish: access.canPublish,
    canSubscribe: true,
  });
  return {
    provider: media.provider,
    room: access.room,
    role: access.role,
    canPublish: access.canPublish,
    peers: access.peers,
    self: options.caller.accountId,
    url: admission?.url ?? null,
    token: admission?.token ?? null,
  };
}
