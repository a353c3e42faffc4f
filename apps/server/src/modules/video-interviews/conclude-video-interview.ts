import type { EmployerVideoInterview } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { notifyAccount } from '../notifications/notify-account';
import { announceVideoInterview } from './announce-video-interview';
import { requireApprovedRegistration, requireHost } from './company-access';
import { presentCompanyInterview } from './present-video-interviews';
import { videoInterviewMachine } from './video-interview-machine';
import { lockInterview, moveInterview } from './video-interviews.repository';

export interface ConcludeVideoInterviewOptions {
  member: CompanyMember;
  registrationId: string;
  interviewId: string;
  /** 结束面试 (→ completed) or 跳过 a called student who has not joined (→ 未到场). */
  action: 'end' | 'skip';
  now?: Date;
}

/**
 * 结束面试 ends the call under way (then ⑨ 评价); 跳过 skips at once a called student who has not
 * joined (the no-show timeout does the same after a minute) and tells them. Again: unchanged.
 */
export async function concludeVideoInterview(
  ctx: AppContext,
  options: ConcludeVideoInterviewOptions,
): Promise<EmployerVideoInterview> {
  const { member, interviewId, action } = options;
  const now = options.now ?? new Date();
  const registration = await requireApprovedRegistration(ctx.db, member, options.registrationId);
  const event = action === 'end' ? 'end' : 'noShow';
  const target = videoInterviewMachine.transitions[event].to;
  const outcome = await ctx.db.transaction(async (tx) => {
    const row = await lockInterview(tx, interviewId);
    const found = requireFound(row?.registrationId === registration.id ? row : undefined, '面试记录不存在');
    requireHost(member, registration, found.room);
    if (found.state === target) return { row: found, changed: false };
    videoInterviewMachine.advance(found.state, event);
    if (action === 'skip' && found.joinedAt) {
      throw new AppError('INVALID_STATE', '求职者已进入面试，请使用“结束面试”');
    }
    await moveInterview(tx, interviewId, videoInterviewMachine.sources(event), {
      state: target,
      endedAt: now,
    });
    return { row: found, changed: true };
  });
  if (outcome.changed && action === 'skip') {
    await notifyAccount(ctx, {
      accountId: outcome.row.seekerAccountId,
      kind: 'video_interview_no_show',
      title: '视频面试未到场',
      body: `${registration.companyName}呼叫您时您未进入面试，本次面试已跳过`,
      link: `/m/video-interviews/${interviewId}`,
      data: { interviewId },
    });
  }
  if (outcome.changed) await announceVideoInterview(ctx, outcome.row);
  return presentCompanyInterview(ctx.db, member.companyId, interviewId, now);
}
