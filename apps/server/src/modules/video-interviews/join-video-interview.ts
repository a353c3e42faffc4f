import type { SeekerVideoInterview, VideoInterviewMedium } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { requireFound, type SeekerCaller } from '../../plugins/access';
import { announceVideoInterview } from './announce-video-interview';
import { presentOwnInterview } from './present-video-interviews';
import { findSeekerInterview, moveInterview } from './video-interviews.repository';

export interface JoinVideoInterviewOptions {
  seeker: SeekerCaller;
  interviewId: string;
  /** The medium the student's page could set up (video, audio only, or the text interview). */
  medium?: VideoInterviewMedium | undefined;
  now?: Date;
}

/**
 * The called student enters the interview (进入面试): joinedAt, so the no-show timeout no longer
 * applies. Joining again keeps the first time; a student not called (or skipped) is refused.
 */
export async function joinVideoInterview(
  ctx: AppContext,
  options: JoinVideoInterviewOptions,
): Promise<SeekerVideoInterview> {
  const { seeker, interviewId } = options;
  const now = options.now ?? new Date();
  const row = requireFound(
    await findSeekerInterview(ctx.db, seeker.accountId, interviewId),
    '面试记录不存在',
  );
  if (row.state !== 'in_progress') {
    throw new AppError(
      'INVALID_STATE',
      row.state === 'no_show' ? '您未在规定时间内进入，本次面试已跳过' : '面试官尚未呼叫您',
    );
  }
  if (!row.joinedAt || (options.medium && options.medium !== row.medium)) {
    await moveInterview(ctx.db, interviewId, ['in_progress'], {
      state: 'in_progress',
      joinedAt: row.joinedAt ?? now,
      lastSeenAt: now,
      droppedAt: null,
      ...(options.medium ? { medium: options.medium } : {}),
    });
    await announceVideoInterview(ctx, row);
  }
  return presentOwnInterview(ctx.db, seeker.accountId, interviewId, now);
}
