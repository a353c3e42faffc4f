import type { EmployerVideoInterview } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import type { CompanyMember } from '../../plugins/access';
import { notifyAccount } from '../notifications/notify-account';
import { announceVideoInterview } from './announce-video-interview';
import { requireApprovedRegistration, requireFairOpen, requireHost } from './company-access';
import { presentCompanyInterview } from './present-video-interviews';
import { videoInterviewMachine } from './video-interview-machine';
import {
  findRoomCall,
  lockNextPresent,
  lockRegistration,
  moveInterview,
} from './video-interviews.repository';

export interface CallNextStudentOptions {
  member: CompanyMember;
  registrationId: string;
  room: number;
  now?: Date;
}

/**
 * Seed 002 ⑧ 点击开始面试: calls the next present student of the room's queue (a dropped one keeps
 * the place and is passed over while dropped). One call per room at a time: the registration's row
 * is locked, so two clicks (or two interviewers) never call two students into one room. The slot
 * ends slotMinutes later (information only: the page warns a minute before).
 */
export async function callNextStudent(
  ctx: AppContext,
  options: CallNextStudentOptions,
): Promise<EmployerVideoInterview> {
  const { member, room } = options;
  const now = options.now ?? new Date();
  const registration = await requireApprovedRegistration(ctx.db, member, options.registrationId);
  requireHost(member, registration, room);
  requireFairOpen(registration, now);
  const called = await ctx.db.transaction(async (tx) => {
    await lockRegistration(tx, registration.id);
    if (await findRoomCall(tx, registration.id, room)) throw new AppError('VIDEO_ROOM_BUSY');
    const next = await lockNextPresent(tx, registration.id, room);
    if (!next) throw new AppError('VIDEO_QUEUE_EMPTY');
    await moveInterview(tx, next.id, videoInterviewMachine.sources('call'), {
      state: 'in_progress',
      calledAt: now,
      calledBy: member.accountId,
      slotEndsAt: new Date(now.getTime() + registration.slotMinutes * 60_000),
    });
    return next;
  });
  await notifyAccount(ctx, {
    accountId: called.seekerAccountId,
    kind: 'video_interview_called',
    title: '轮到您面试了',
    body: `${registration.companyName}面试间${room}正在呼叫您，请在1分钟内进入面试`,
    link: `/m/video-interviews/${called.id}`,
    data: { interviewId: called.id },
  });
  await announceVideoInterview(ctx, {
    id: called.id,
    companyId: member.companyId,
    seekerAccountId: called.seekerAccountId,
    registrationId: registration.id,
    room,
  });
  return presentCompanyInterview(ctx.db, member.companyId, called.id, now);
}
