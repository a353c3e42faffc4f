import type { SeekerVideoInterview } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { requireFound, type SeekerCaller } from '../../plugins/access';
import { announceVideoInterview } from './announce-video-interview';
import { presentOwnInterview } from './present-video-interviews';
import { videoInterviewMachine } from './video-interview-machine';
import { lockInterview, moveInterview } from './video-interviews.repository';

export interface LeaveVideoQueueOptions {
  seeker: SeekerCaller;
  interviewId: string;
  now?: Date;
}

/** The student leaves the queue (or withdraws an application not yet answered); a second click changes nothing. */
export async function leaveVideoQueue(
  ctx: AppContext,
  options: LeaveVideoQueueOptions,
): Promise<SeekerVideoInterview> {
  const { seeker, interviewId } = options;
  const now = options.now ?? new Date();
  const outcome = await ctx.db.transaction(async (tx) => {
    const row = await lockInterview(tx, interviewId);
    const found = requireFound(row?.seekerAccountId === seeker.accountId ? row : undefined, '面试记录不存在');
    if (found.state === 'left') return { row: found, changed: false };
    videoInterviewMachine.advance(found.state, 'leave');
    await moveInterview(tx, interviewId, videoInterviewMachine.sources('leave'), {
      state: 'left',
      endedAt: now,
    });
    return { row: found, changed: true };
  });
  if (outcome.changed) await announceVideoInterview(ctx, outcome.row);
  return presentOwnInterview(ctx.db, seeker.accountId, interviewId, now);
}
