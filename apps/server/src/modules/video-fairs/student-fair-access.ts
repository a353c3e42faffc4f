import type { SeekerVideoFair } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { notFound, type SeekerCaller } from '../../plugins/access';
import { findStudentUniversity } from '../campus-students/student-university';
import { mapVideoFair } from './map-video-fair';
import {
  countFairActivity,
  findSignedUpFairs,
  findVideoFair,
  type VideoFairWithUniversity,
} from './video-fairs.repository';

// The students' 视频双选会 (seeker app, 校园 > 视频双选会): the fairs of the university they study at
// (findStudentUniversity). A fair of another university answers 404, like a missing one.

export async function studentUniversityId(ctx: AppContext, seeker: SeekerCaller, now: Date) {
  return (await findStudentUniversity(ctx.db, seeker.accountId, now))?.id ?? null;
}

export async function summaries(
  ctx: AppContext,
  seeker: SeekerCaller,
  rows: VideoFairWithUniversity[],
  now: Date,
): Promise<SeekerVideoFair[]> {
  const ids = rows.map((row) => row.fair.id);
  const [signedUp, counts] = await Promise.all([
    findSignedUpFairs(ctx.db, seeker.accountId, ids),
    countFairActivity(ctx.db, ids),
  ]);
  return rows.map(({ fair, universityName }) => {
    const mapped = mapVideoFair(fair, universityName, now);
    return {
      id: mapped.id,
      university: mapped.university,
      title: mapped.title,
      description: mapped.description,
      startsAt: mapped.startsAt,
      endsAt: mapped.endsAt,
      slotMinutes: mapped.slotMinutes,
      state: mapped.state,
      phase: mapped.phase,
      signedUp: signedUp.has(fair.id),
      studentCount: counts.get(fair.id)?.students ?? 0,
      companyCount: counts.get(fair.id)?.approved ?? 0,
    };
  });
}

export interface StudentVideoFairOptions {
  seeker: SeekerCaller;
  fairId: string;
}

export async function requireStudentFair(ctx: AppContext, options: StudentVideoFairOptions, now: Date) {
  const universityId = await studentUniversityId(ctx, options.seeker, now);
  const found = await findVideoFair(ctx.db, options.fairId);
  if (!found || !universityId || found.fair.universityId !== universityId) throw notFound('视频双选会不存在');
  return found;
}
