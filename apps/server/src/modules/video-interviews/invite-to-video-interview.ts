import type { CreateVideoInvitationInput, EmployerVideoInterview } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { isUniqueViolation } from '../../lib/pg-errors';
import { type CompanyMember, notFound } from '../../plugins/access';
import { notifyAccount } from '../notifications/notify-account';
import { announceVideoInterview } from './announce-video-interview';
import { requireApprovedRegistration, requireFairNotOver, requireRoom } from './company-access';
import { presentCompanyInterview } from './present-video-interviews';
import {
  findInterestedApplication,
  findOpenInterview,
  insertInterview,
  isSignedUp,
} from './video-interviews.repository';

/** The parsed body (defaults applied), the caller and the registration. */
export type InviteToVideoInterviewOptions = z.output<typeof CreateVideoInvitationInput> & {
  member: CompanyMember;
  registrationId: string;
  now?: Date;
};

/**
 * Seed 002 视频双选会面试邀约, one use case for its three ways (`origin`): 求职者大厅, 面试间 从人才大厅邀请
 * and 从简历管理邀请. From the hall the student must have signed up for the fair; from 简历管理 the
 * student's resume must be marked 合适 or 待定 (accepting signs them up, decision 021). One open
 * invitation, application or place per company, student and fair (a partial unique index): the
 * same invitation again (a double click) answers the open one; anything else open is a 409.
 */
export async function inviteToVideoInterview(
  ctx: AppContext,
  options: InviteToVideoInterviewOptions,
): Promise<EmployerVideoInterview> {
  const { member, seekerAccountId } = options;
  const now = options.now ?? new Date();
  const registration = await requireApprovedRegistration(ctx.db, member, options.registrationId);
  requireFairNotOver(registration, now);
  requireRoom(registration, options.room);
  const jobId = options.jobId ?? null;
  if (jobId && !registration.jobIds.includes(jobId)) throw notFound('该职位不在本次报名的招聘职位中');
  if (options.origin === 'resumes') {
    if (!(await findInterestedApplication(ctx.db, member.companyId, seekerAccountId))) {
      throw notFound('简历管理中没有该求职者的合适或待定简历');
    }
  } else if (!(await isSignedUp(ctx.db, registration.fairId, seekerAccountId))) {
    throw notFound('该求职者未报名本场视频双选会');
  }
  const key = { fairId: registration.fairId, companyId: member.companyId, seekerAccountId };
  const answerOpen = async () => {
    const open = await findOpenInterview(ctx.db, key);
    if (open?.state === 'invited') return open.id;
    throw new AppError('VIDEO_INTERVIEW_OPEN');
  };
  if (await findOpenInterview(ctx.db, key)) {
    return presentCompanyInterview(ctx.db, member.companyId, await answerOpen());
  }
  const created = await insertInterview(ctx.db, {
    ...key,
    registrationId: registration.id,
    room: options.room,
    jobId,
    origin: options.origin,
    message: options.message ?? '',
    state: 'invited',
    createdBy: member.accountId,
  }).catch(async (error: unknown) => {
    if (isUniqueViolation(error)) return { id: await answerOpen(), existed: true };
    throw error;
  });
  if (!('existed' in created)) {
    await notifyAccount(ctx, {
      accountId: seekerAccountId,
      kind: 'video_interview_invitation',
      title: '视频面试邀请',
      body: `${registration.companyName}邀请您参加“${registration.fairTitle}”的视频面试，接受后将在面试间排队`,
      link: '/m/video-interviews',
      data: { interviewId: created.id },
    });
    await announceVideoInterview(ctx, {
      id: created.id,
      companyId: member.companyId,
      seekerAccountId,
      registrationId: registration.id,
      room: options.room,
    });
  }
  return presentCompanyInterview(ctx.db, member.companyId, created.id, now);
}
