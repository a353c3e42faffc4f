import type { EmployerVideoInterview } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { notifyAccount } from '../notifications/notify-account';
import { announceVideoInterview } from './announce-video-interview';
import { requireApprovedRegistration } from './company-access';
import { presentCompanyInterview } from './present-video-interviews';
import { videoInterviewMachine } from './video-interview-machine';
import { lockInterview, moveInterview } from './video-interviews.repository';

export interface AnswerVideoApplicationOptions {
  member: CompanyMember;
  registrationId: string;
  interviewId: string;
  answer: 'accept' | 'refuse';
  now?: Date;
}

/**
 * Seed 002 ⑥ 收到来自求职者的视频面试申请，接受申请 (待处理 接受 / 拒绝). Accepting queues the student
 * (⑦), queuedAt now, not yet arrived: the place counts from now, and the student is called once their
 * page reports (decision 021); refusing tells the student. The same answer again returns it unchanged.
 */
export async function answerVideoApplication(
  ctx: AppContext,
  options: AnswerVideoApplicationOptions,
): Promise<EmployerVideoInterview> {
  const { member, interviewId, answer } = options;
  const now = options.now ?? new Date();
  const registration = await requireApprovedRegistration(ctx.db, member, options.registrationId);
  const event = answer === 'accept' ? 'acceptApplication' : 'refuse';
  const target = videoInterviewMachine.transitions[event].to;
  const outcome = await ctx.db.transaction(async (tx) => {
    const row = await lockInterview(tx, interviewId);
    const found = requireFound(
      row && row.registrationId === registration.id && row.origin === 'application' ? row : undefined,
      '申请不存在',
    );
    if (found.state === target && found.answeredAt) return { row: found, changed: false };
    videoInterviewMachine.advance(found.state, event);
    if (answer === 'accept' && registration.fairEndsAt <= now) {
      throw new AppError('VIDEO_FAIR_NOT_OPEN', '该视频双选会已结束');
    }
    await moveInterview(
      tx,
      interviewId,
      videoInterviewMachine.sources(event),
      answer === 'accept'
        ? { state: target, answeredAt: now, queuedAt: now, lastSeenAt: null, droppedAt: null }
        : { state: target, answeredAt: now, endedAt: now },
    );
    return { row: found, changed: true };
  });
  if (outcome.changed) {
    const { row } = outcome;
    await notifyAccount(ctx, {
      accountId: row.seekerAccountId,
      kind: answer === 'accept' ? 'video_application_accepted' : 'video_application_refused',
      title: answer === 'accept' ? '视频面试申请已通过' : '视频面试申请未通过',
      body:
        answer === 'accept'
          ? `${registration.companyName}已接受您的视频面试申请，您已在面试间${row.room}排队，请保持页面打开`
          : `${registration.companyName}暂未接受您在“${registration.fairTitle}”的视频面试申请`,
      link: `/m/video-interviews/${row.id}`,
      data: { interviewId: row.id },
    });
    await announceVideoInterview(ctx, row);
  }
  return presentCompanyInterview(ctx.db, member.companyId, interviewId, now);
}
