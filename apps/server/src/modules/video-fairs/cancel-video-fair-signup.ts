import type { SeekerVideoFairDetail } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { getStudentVideoFair } from './get-student-video-fair';
import { requireStudentFair, type StudentVideoFairOptions } from './student-fair-access';
import { deleteStudentSignup } from './video-fairs.repository';

/** 取消报名: before the fair starts. */
export async function cancelVideoFairSignup(
  ctx: AppContext,
  options: StudentVideoFairOptions,
): Promise<SeekerVideoFairDetail> {
  const now = new Date();
  const { fair } = await requireStudentFair(ctx, options, now);
  if (fair.startsAt <= now) throw new AppError('VIDEO_FAIR_SIGNUP_CLOSED', '视频双选会已开始，不能取消报名');
  await deleteStudentSignup(ctx.db, fair.id, options.seeker.accountId);
  return getStudentVideoFair(ctx, options);
}
