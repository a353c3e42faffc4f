import { type EmployerInterviewResult, type InterviewDetails, live } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { formatShanghaiDateTime } from '../../lib/shanghai-time';
import type { CompanyMember } from '../../plugins/access';
import {
  confirmInterviewRound,
  lockOwnedApplication,
  moveApplication,
  postMessage,
} from '../applications/application-thread';
import { getInterviewResult } from './get-interview-result';

export interface ConfirmInterviewOptions {
  member: CompanyMember;
  applicationId: string;
  details: z.infer<typeof InterviewDetails>;
}

/** Seed 000 §六.4: the full notice the seeker receives once HR confirms. */
export function interviewConfirmationText(details: z.infer<typeof InterviewDetails>): string {
  return [
    `面试时间：${formatShanghaiDateTime(new Date(details.time))}`,
    `面试地点：${details.location}`,
    `单位联系人：${details.contactName}`,
    `电话：${details.contactPhone}`,
    `备注：${details.note || '无'}`,
  ].join('\n');
}

/**
 * After the seeker chose 参加面试, HR confirms 面试时间, 面试地点, 单位联系人, 电话 and 备注; the
 * seeker gets them as a new interview notice (面试通知NEW again).
 */
export async function confirmInterview(
  ctx: AppContext,
  options: ConfirmInterviewOptions,
): Promise<EmployerInterviewResult> {
  const { member, applicationId, details } = options;
  if (new Date(details.time).getTime() <= Date.now())
    throw AppError.fieldError('time', '面试时间不能早于当前时间');
  const { seekerAccountId, message } = await ctx.db.transaction(async (tx) => {
    const application = await lockOwnedApplication(tx, { companyId: member.companyId }, applicationId);
    await moveApplication(tx, application, 'confirm', { interviewNoticeUnseen: 1 });
    await confirmInterviewRound(tx, applicationId, details);
    const message = await postMessage(tx, {
      applicationId,
      sender: 'employer',
      senderAccountId: member.accountId,
      kind: 'interview_confirmation',
      body: interviewConfirmationText(details),
    });
    return { seekerAccountId: application.seekerAccountId, message };
  });
  await publishAfterCommit(
    ctx,
    live.seeker(seekerAccountId, {
      type: 'message',
      data: { applicationId, kind: 'interview_confirmation' },
    }),
    live.company(member.companyId, { type: 'applications.changed', data: { applicationId } }),
  );
  return getInterviewResult(ctx, { member, applicationId, message });
}
