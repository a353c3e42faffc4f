import type { SeekerVideoInterview } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { requireFound, type SeekerCaller } from '../../plugins/access';
import { notifyAccount } from '../notifications/notify-account';
import { announceVideoInterview } from './announce-video-interview';
import { presentOwnInterview } from './present-video-interviews';
import { videoInterviewMachine } from './video-interview-machine';
import {
  findSeekerInterview,
  lockInterview,
  moveInterview,
  signUpStudent,
} from './video-interviews.repository';

export interface AnswerVideoInvitationOptions {
  seeker: SeekerCaller;
  interviewId: string;
  answer: 'accept' | 'decline';
  now?: Date;
}

/**
 * The student's 接受 / 拒绝 of a 视频面试邀请. Accepting queues the student at once in the invitation's
 * room (seed 002: 接受邀请后该求职者将在面试间排队), queuedAt now and present now; a student invited
 * from 简历管理 who had not signed up for the fair is signed up (decision 021). The same answer
 * again (a double click) returns the interview unchanged.
 */
export async function answerVideoInvitation(
  ctx: AppContext,
  options: AnswerVideoInvitationOptions,
): Promise<SeekerVideoInterview> {
  const { seeker, interviewId, answer } = options;
  const now = options.now ?? new Date();
  const row = requireFound(await findSeekerInterview(ctx.db, seeker.accountId, interviewId), '邀请不存在');
  const event = answer === 'accept' ? 'acceptInvitation' : 'decline';
  const target = videoInterviewMachine.transitions[event].to;
  if (row.origin === 'application') throw new AppError('INVALID_STATE', '这是您的申请，不是企业的邀请');
  const changed = await ctx.db.transaction(async (tx) => {
    const locked = requireFound(await lockInterview(tx, interviewId));
    if (locked.state === target && locked.answeredAt) return false;
    videoInterviewMachine.advance(locked.state, event);
    if (answer === 'decline') {
      await moveInterview(tx, interviewId, videoInterviewMachine.sources(event), {
        state: target,
        answeredAt: now,
      });
      return true;
    }
    if (row.fairEndsAt <= now) throw new AppError('VIDEO_FAIR_NOT_OPEN', '该视频双选会已结束');
    await signUpStudent(tx, row.fairId, seeker.accountId);
    await moveInterview(tx, interviewId, videoInterviewMachine.sources(event), {
      state: target,
      answeredAt: now,
      queuedAt: now,
      lastSeenAt: now,
      droppedAt: null,
    });
    return true;
  });
  if (changed) {
    if (row.createdBy) {
      await notifyAccount(ctx, {
        accountId: row.createdBy,
        kind: answer === 'accept' ? 'video_invitation_accepted' : 'video_invitation_declined',
        title: answer === 'accept' ? '视频面试邀请已接受' : '视频面试邀请已拒绝',
        body:
          answer === 'accept'
            ? `求职者已接受“${row.fairTitle}”的视频面试邀请，已在面试间${row.room}排队`
            : `求职者拒绝了“${row.fairTitle}”的视频面试邀请`,
        link: `/employer/cloud/video-fairs`,
      });
    }
    await announceVideoInterview(ctx, row);
  }
  return presentOwnInterview(ctx.db, seeker.accountId, interviewId, now);
}
