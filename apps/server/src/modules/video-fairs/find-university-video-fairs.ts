import type { UniversityVideoFairPage } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { UniversityStaff } from '../../plugins/access';
import { mapVideoFair } from './map-video-fair';
import { countFairActivity, findVideoFairsPage } from './video-fairs.repository';

export interface FindUniversityVideoFairsOptions {
  staff: UniversityStaff;
  when: 'upcoming' | 'past' | 'all';
  page: number;
  pageSize: number;
}

/** 视频双选会 of the staff's university, with 已报名/已通过/学生/已面试/排队中. */
export async function findUniversityVideoFairs(
  ctx: AppContext,
  options: FindUniversityVideoFairsOptions,
): Promise<UniversityVideoFairPage> {
  const now = new Date();
  const { rows, total } = await findVideoFairsPage(
    ctx.db,
    { universityId: options.staff.universityId, when: options.when, now },
    pageWindow(options),
  );
  const counts = await countFairActivity(
    ctx.db,
    rows.map((row) => row.fair.id),
  );
  return pageOf(
    options,
    rows.map((row) => ({
      ...mapVideoFair(row.fair, row.universityName, now),
      counts: counts.get(row.fair.id)!,
    })),
    total,
  );
}
