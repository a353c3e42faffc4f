import type { VideoInterviewMedium } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { announceVideoInterview } from './announce-video-interview';
import { type InterviewRow, moveInterview } from './video-interviews.repository';

/**
 * Either side reports the medium the call actually uses (video, audio when video failed, or the
 * text interview): kept on the interview for the record and the evaluation.
 */
export async function reportVideoMedium(ctx: AppContext, row: InterviewRow, medium: VideoInterviewMedium) {
  if (row.state !== 'in_progress') throw new AppError('INVALID_STATE', '面试不在进行中');
  if (row.medium === medium) return;
  await moveInterview(ctx.db, row.id, ['in_progress'], { state: 'in_progress', medium });
  await announceVideoInterview(ctx, row);
}
