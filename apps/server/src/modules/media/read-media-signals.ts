import type { MediaSignalList } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { takeMediaSignals } from './media.repository';
import type { MediaCaller } from './media-session-kind';
import { requireMediaAccess } from './session-access';

export interface ReadMediaSignalsOptions {
  caller: MediaCaller;
  kind: string;
  sessionId: string;
}

const BATCH = 200;

/** The caller's unread signals of the session, oldest first; they are deleted as read (at-least-once). */
export async function readMediaSignals(
  ctx: AppContext,
  options: ReadMediaSignalsOptions,
): Promise<MediaSignalList> {
  const { code } = await requireMediaAccess(ctx, options.kind, options.sessionId, options.caller);
  const rows = await ctx.db.transaction((tx) =>
    takeMediaSignals(
      tx,
      { toAccountId: options.caller.accountId, sessionKind: code, sessionId: options.sessionId },
      BATCH,
    ),
  );
  return {
    items: rows.map((row) => ({
      id: row.id,
      from: row.fromAccountId,
      peerId: row.peerId,
      kind: row.kind,
      payload: row.payload,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}
