import { live, type UniversityVideoFairDetail } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { requireFound, type UniversityStaff } from '../../plugins/access';
import { getUniversityVideoFair } from './get-university-video-fair';
import { fairColumns, type VideoFairValues } from './video-fair-values';
import { lockVideoFair, updateVideoFair } from './video-fairs.repository';

export interface EditVideoFairOptions {
  staff: UniversityStaff;
  fairId: string;
  input: VideoFairValues;
  now?: Date;
}

function fieldError(field: string, reason: string): AppError {
  return new AppError('VALIDATION_FAILED', reason, { fields: [{ field, reason }] });
}

/**
 * 编辑: a published fair that has not ended. Companies paid what the fair said: once one has
 * registered the fee stays, and the places never go below those taken.
 */
export async function editVideoFair(
  ctx: AppContext,
  options: EditVideoFairOptions,
): Promise<UniversityVideoFairDetail> {
  const { staff, fairId, input } = options;
  const now = options.now ?? new Date();
  await ctx.db.transaction(async (tx) => {
    const fair = requireFound(await lockVideoFair(tx, fairId, staff.universityId), '视频双选会不存在');
    if (fair.state !== 'published') throw new AppError('VIDEO_FAIR_CANCELLED');
    if (fair.endsAt <= now) throw new AppError('VIDEO_FAIR_STARTED', '该视频双选会已结束，不能再修改');
    if (input.capacity < fair.registeredCount)
      throw fieldError(
        'capacity',
        `已有${fair.registeredCount}家单位报名，名额不能少于${fair.registeredCount}`,
      );
    if (fair.registeredCount > 0 && input.feePoints !== fair.feePoints)
      throw fieldError('feePoints', '已有单位报名并支付，报名费不能修改');
    await updateVideoFair(tx, fairId, fairColumns(input));
  });
  await publishAfterCommit(
    ctx,
    live.university(staff.universityId, { type: 'video-fairs.changed', data: { fairId } }),
  );
  return getUniversityVideoFair(ctx, { staff, fairId });
}
