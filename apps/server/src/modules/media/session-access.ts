import type { AppContext } from '../../context';
import { notFound } from '../../plugins/access';
import type { MediaCaller, MediaSessionAccess, MediaSessionKindCode } from './media-session-kind';
import { mediaSessionKindOf } from './media-session-kinds';

/** The caller's access to a session of a kind, or 404 (unknown kind, foreign or closed session). */
export async function requireMediaAccess(
  ctx: AppContext,
  kind: string,
  sessionId: string,
  caller: MediaCaller,
): Promise<{ code: MediaSessionKindCode; access: MediaSessionAccess }> {
  const definition = mediaSessionKindOf(kind);
  if (!definition) throw notFound();
  const access = await definition.access(ctx, sessionId, caller);
  if (!access) throw notFound();
  return { code: definition.code, access };
}
