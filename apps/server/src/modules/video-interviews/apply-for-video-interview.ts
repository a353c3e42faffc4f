import type { ApplyVideoInterviewInput, SeekerVideoInterview } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { isUniqueViolation } from '../../lib/pg-errors';
import { shanghaiDate, shanghaiTime } from '../../lib/shanghai-time';
import { notFound, requireFound, type SeekerCaller } from '../../plugins/access';
import { notifyAccount } from '../notifications/notify-account';
import { announceVideoInterview } from './announce-video-interview';
import { presentOwnInterview } from './present-video-interviews';
import {
  findApprovedRegistrationAt,
  findOpenInterview,
  insertInterview,
  isSignedUp,
  roomCounts,
} from './video-interviews.repository';

export type ApplyForVideoInterviewOptions = z.output<typeof ApplyVideoInterviewInput> & {
  seeker: SeekerCaller;
  fairId: string;
  registrationId: string;
  now?: Date;
};

/**
 * Seed 002 ⑤ 求职者选择公司申请视频面试: the student, signed up for the fair, applies to a company
 * there; the application waits in the company's 待处理 (⑥). It goes to the chosen 面试间, else the
 * one with the shortest queue. One open interview per company, student and fair (409 otherwise).
 */
export async function applyForVideoInterview(
  ctx: AppContext,
  options: ApplyForVideoInterviewOptions,
): Promise<SeekerVideoInterview> {
  const { seeker } = options;
  const now = options.now ?? new Date();
  const registration = requireFound(
    await findApprovedRegistrationAt(ctx.db, options.fairId, options.registrationId),
    '该单位未参加本场视频双选会',
  );
  if (registration.fairEndsAt <= now) throw new AppError('VIDEO_FAIR_NOT_OPEN', '该视频双选会已结束');
  if (!(await isSignedUp(ctx.db, registration.fairId, seeker.accountId))) {
    throw new AppError('VIDEO_FAIR_NOT_SIGNED_UP');
  }
  const jobId = options.jobId ?? null;
  if (jobId && !registration.jobIds.includes(jobId)) throw notFound('该职位不在本次招聘职位中');
  const rooms = registration.interviewers.map((interviewer) => interviewer.room);
  let room = options.room ?? null;
  if (room !== null && !rooms.includes(room)) throw notFound('面试间不存在');
  if (room === null) {
    const counts = await roomCounts(ctx.db, registration.id, shanghaiTime(shanghaiDate(now), 0));
    const waiting = (r: number) => counts.find((c) => c.room === r)?.queued ?? 0;
    room = [...rooms].sort((a, b) => waiting(a) - waiting(b) || a - b)[0] ?? 1;
  }
  const key = {
    fairId: registration.fairId,
    companyId: registration.companyId,
    seekerAccountId: seeker.accountId,
  };
  if (await findOpenInterview(ctx.db, key))
    throw new AppError('VIDEO_INTERVIEW_OPEN', '您已向该单位申请或已在排队，请勿重复申请');
  const created = await insertInterview(ctx.db, {
    ...key,
    registrationId: registration.id,
    room,
    jobId,
    origin: 'application',
    message: options.message ?? '',
    state: 'applied',
    lastSeenAt: now,
    createdBy: seeker.accountId,
  }).catch((error: unknown) => {
    if (isUniqueViolation(error))
      throw new AppError('VIDEO_INTERVIEW_OPEN', '您已向该单位申请或已在排队，请勿重复申请');
    throw error;
  });
  const host = registration.interviewers.find((interviewer) => interviewer.room === room);
  await notifyAccount(ctx, {
    accountId: host?.accountId ?? registration.applicantAccountId,
    kind: 'video_interview_application',
    title: '新的视频面试申请',
    body: `有求职者申请“${registration.fairTitle}”面试间${room}的视频面试，请在待处理中接受或拒绝`,
    link: '/employer/cloud/video-fairs',
    data: { interviewId: created.id },
  });
  await announceVideoInterview(ctx, { ...key, id: created.id, registrationId: registration.id, room });
  return presentOwnInterview(ctx.db, seeker.accountId, created.id, now);
}
