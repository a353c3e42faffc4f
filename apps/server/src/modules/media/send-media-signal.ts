import { live, MEDIA_LIMITS, type SendMediaSignalInput } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { enforceRateLimit } from '../../lib/rate-limit';
import { notFound } from '../../plugins/access';
import { insertMediaSignal } from './media.repository';
import type { MediaCaller } from './media-session-kind';
import { requireMediaAccess } from './session-access';

export interface SendMediaSignalOptions {
  caller: MediaCaller;
  kind: string;
  sessionId: string;
  input: SendMediaSignalInput;
}

/**
 * An offer, answer, ICE candidate, bye or restart to one peer of the session. Only the caller's
 * peers now may receive (another account is 404, like a foreign session); the receiver hears of it
 * by the live event `media.signal` (ids only) and reads it with GET …/signals.
 */
export async function sendMediaSignal(ctx: AppContext, options: SendMediaSignalOptions) {
  const { caller, input } = options;
  const { code, access } = await requireMediaAccess(ctx, options.kind, options.sessionId, caller);
  if (!access.peers.includes(input.to)) throw notFound('对方不在此会话中');
  if (Buffer.byteLength(JSON.stringify(input.payload)) > MEDIA_LIMITS.payloadMaxBytes) {
    throw new AppError('VALIDATION_FAILED', `信令内容不能超过${MEDIA_LIMITS.payloadMaxBytes / 1024}KB`);
  }
  await enforceRateLimit(
    ctx.db,
    `media-signal:${caller.accountId}`,
    { limit: MEDIA_LIMITS.signalsPerMinute, windowSeconds: 60 },
    '信令发送过于频繁',
  );
  const row = await insertMediaSignal(ctx.db, {
    sessionKind: code,
    sessionId: options.sessionId,
    fromAccountId: caller.accountId,
    toAccountId: input.to,
    peerId: input.peerId,
    kind: input.kind,
    payload: input.payload,
    createdAt: new Date(),
  });
  const data = { sessionKind: code, sessionId: options.sessionId, signalId: row.id };
  // The receiver's area is the other one in a session between a company and a student; the same
  // account topic serves both, so the event goes once, typed for the receiver's app.
  await publishAfterCommit(
    ctx,
    caller.area === 'employer'
      ? live.seeker(input.to, { type: 'media.signal', data })
      : live.employerAccount(input.to, { type: 'media.signal', data }),
  );
  return { id: row.id };
}
