import type { SeekerVideoFairList } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { SeekerCaller } from '../../plugins/access';
import { studentUniversityId, summaries } from './student-fair-access';
import { findVideoFairsPage } from './video-fairs.repository';

export interface FindStudentVideoFairsOptions {
  seeker: SeekerCaller;
}

/** 视频双选会 of the student's university, upcoming and going on. */
export async function findStudentVideoFairs(
  ctx: AppContext,
  options: FindStudentVideoFairsOptions,
): Promise<SeekerVideoFairList> {
  const now = new Date();
  const universityId = await studentUniversityId(ctx, options.seeker, now);
  if (!universityId) return { items: [] };
  const { rows } = await findVideoFairsPage(
    ctx.db,
    { universityId, publishedOnly: true, when: 'upcoming', now },
    { offset: 0, limit: 50 },
  );
  return { items: await summaries(ctx, options.seeker, rows, now) };
}
