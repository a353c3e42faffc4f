import { live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { findQueuedInRoom } from './video-interviews.repository';

export interface AnnouncedInterview {
  id: string;
  companyId: string;
  seekerAccountId: string;
  registrationId: string;
  room: number;
}

/**
 * After a change commits: `video-interviews.changed` to the company's consoles, to the student of
 * the interview, and to every student queued in the room (their positions and waits moved).
 * Ids only (decision 012).
 */
export async function announceVideoInterview(ctx: AppContext, interview: AnnouncedInterview) {
  const queued = await findQueuedInRoom(ctx.db, interview.registrationId, interview.room);
  const students = new Map(queued.map((row) => [row.seekerAccountId, row.id]));
  students.set(interview.seekerAccountId, interview.id);
  await publishAfterCommit(
    ctx,
    live.company(interview.companyId, {
      type: 'video-interviews.changed',
      data: { interviewId: interview.id },
    }),
    ...[...students].map(([accountId, interviewId]) =>
      live.seeker(accountId, { type: 'video-interviews.changed', data: { interviewId } }),
    ),
  );
}
