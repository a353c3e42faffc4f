import type { SeekerVideoFair, SeekerVideoFairDetail, SeekerVideoFairList } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { notFound, type SeekerCaller } from '../../plugins/access';
import { findStudentUniversity } from '../campus-students/student-university';
import { mapVideoFair } from './map-video-fair';
import {
  countFairActivity,
  deleteStudentSignup,
  findJobTitles,
  findRegistrationsOfFair,
  findSignedUpFairs,
  findVideoFair,
  findVideoFairsPage,
  insertStudentSignup,
  type VideoFairWithUniversity,
} from './video-fairs.repository';

// The students' 视频双选会 (seeker app, 校园 > 视频双选会): the fairs of the university they study at
// (findStudentUniversity). A fair of another university answers 404, like a missing one.

async function studentUniversityId(ctx: AppContext, seeker: SeekerCaller, now: Date) {
  return (await findStudentUniversity(ctx.db, seeker.accountId, now))?.id ?? null;
}

async function summaries(
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

/** 视频双选会 of the student's university, upcoming and going on. */
export async function findStudentVideoFairs(
  ctx: AppContext,
  options: { seeker: SeekerCaller },
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

export interface StudentVideoFairOptions {
  seeker: SeekerCaller;
  fairId: string;
}

async function requireStudentFair(ctx: AppContext, options: StudentVideoFairOptions, now: Date) {
  const universityId = await studentUniversityId(ctx, options.seeker, now);
  const found = await findVideoFair(ctx.db, options.fairId);
  if (!found || !universityId || found.fair.universityId !== universityId) throw notFound('视频双选会不存在');
  return found;
}

/** A fair's detail: the companies attending (approved registrations) with their 招聘需求 and jobs. */
export async function getStudentVideoFair(
  ctx: AppContext,
  options: StudentVideoFairOptions,
): Promise<SeekerVideoFairDetail> {
  const now = new Date();
  const found = await requireStudentFair(ctx, options, now);
  const [summary] = await summaries(ctx, options.seeker, [found], now);
  const approved = await findRegistrationsOfFair(ctx.db, found.fair.id, ['approved']);
  const titles = await findJobTitles(
    ctx.db,
    approved.flatMap((row) => row.registration.jobIds),
  );
  return {
    ...summary!,
    canCancelSignup: summary!.signedUp && found.fair.state === 'published' && now < found.fair.startsAt,
    companies: approved.map(({ registration, companyName }) => ({
      registrationId: registration.id,
      company: { id: registration.companyId, name: companyName },
      mode: registration.mode,
      requirements: registration.requirements,
      jobs: registration.jobIds.map((id) => ({ id, title: titles.get(id) ?? '' })),
    })),
  };
}

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
