import { live, type UniversityVideoFairDetail } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import type { UniversityStaff } from '../../plugins/access';
import { getUniversityVideoFair } from './get-university-video-fair';
import { fairColumns, type VideoFairValues } from './video-fair-values';
import { insertVideoFair } from './video-fairs.repository';

export interface CreateVideoFairOptions {
  staff: UniversityStaff;
  input: VideoFairValues;
}

/** 新建视频双选会: published at once, open for 报名 until its deadline. */
export async function createVideoFair(
  ctx: AppContext,
  options: CreateVideoFairOptions,
): Promise<UniversityVideoFairDetail> {
  const { staff, input } = options;
  const fair = await insertVideoFair(ctx.db, {
    universityId: staff.universityId,
    ...fairColumns(input),
    createdBy: staff.accountId,
  });
  await publishAfterCommit(
    ctx,
    live.university(staff.universityId, { type: 'video-fairs.changed', data: { fairId: fair.id } }),
  );
  return getUniversityVideoFair(ctx, { staff, fairId: fair.id });
}
