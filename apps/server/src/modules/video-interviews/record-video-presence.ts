import type { SeekerVideoInterview } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { requireFound, type SeekerCaller } from '../../plugins/access';
import { announceVideoInterview } from './announce-video-interview';
import { presentOwnInterview } from './present-video-interviews';
import { findSeekerInterview, recordSeen } from './video-interviews.repository';

export interface RecordVideoPresenceOptions {
  seeker: SeekerCaller;
  interviewId: string;
  now?: Date;
}

/**
 * The student's page reports every few seconds while applied, queued or in the call (decision 021):
 * seen now; a dropped student within the hold window is back in place (the room is told). Answers
 * the interview with its place and the server's clock; a closed one is answered as it is.
 */
export async function recordVideoPresence(
  ctx: AppContext,
  options: RecordVideoPresenceOptions,
): Promise<SeekerVideoInterview> {
  const { seeker, interviewId } = options;
  const now = options.now ?? new Date();
  const row = requireFound(
    await findSeekerInterview(ctx.db, seeker.accountId, interviewId),
    '面试记录不存在',
  );
  const seen = await recordSeen(ctx.db, interviewId, seeker.accountId, now);
  if (seen?.wasDropped) await announceVideoInterview(ctx, row);
  return presentOwnInterview(ctx.db, seeker.accountId, interviewId, now);
}
