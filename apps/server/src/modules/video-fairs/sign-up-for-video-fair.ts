import type { SeekerVideoFairDetail } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { getStudentVideoFair } from './get-student-video-fair';
import { requireStudentFair, type StudentVideoFairOptions } from './student-fair-access';
import { insertStudentSignup } from './video-fairs.repository';

/** 报名参加: until the fair ends (a student may join a fair going on). */
export async function signUpForVideoFair(
  ctx: AppContext,
  options: StudentVideoFairOptions,
): Promise<SeekerVideoFairDetail> {
  const now = new Date();
  const { fair } = await requireStudentFair(ctx, options, now);
  if (fair.state !== 'published') throw new AppError('VIDEO_FAIR_CANCELLED');
  if (fair.endsAt <= now) throw new AppError('VIDEO_FAIR_SIGNUP_CLOSED');
  await insertStudentSignup(ctx.db, fair.id, options.seeker.accountId);
  return getStudentVideoFair(ctx, options);
}
