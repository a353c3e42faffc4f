import type { Conversation } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { notifyCompany, notifySeeker } from './application-events';
import { advanceApplication } from './application-state';
import {
  findLatestInterview,
  insertMessage,
  lockApplication,
  updateApplicationState,
  updateInterview,
} from './applications.repository';
import { getConversation } from './get-conversation';

export interface AnswerInterviewOptions {
  seekerAccountId: string;
  applicationId: string;
  /** 参加面试 (true) or 不参加面试 (false). */
  attend: boolean;
}

/**
 * Seed 000 §六.3-5: 参加面试 waits for the employer to confirm the details; 不参加面试 gives the job
 * up: the record is void (作废) and stays current until the seeker withdraws it.
 */
export async function answerInterview(
  ctx: AppContext,
  options: AnswerInterviewOptions,
): Promise<z.infer<typeof Conversation>> {
  const { seekerAccountId, applicationId, attend } = options;
  const companyId = await ctx.db.transaction(async (tx) => {
    const application = await lockApplication(tx, applicationId, { seekerAccountId });
    if (!application) throw new AppError('NOT_FOUND');
    const state = advanceApplication(application.state, attend ? 'accept' : 'decline');
    const interview = await findLatestInterview(tx, applicationId);
    if (interview?.state !== 'invited') throw new AppError('INVALID_STATE', '该面试通知已答复或已失效');
    await updateInterview(tx, interview.id, {
      state: attend ? 'accepted' : 'declined',
      answeredAt: new Date(),
    });
    await updateApplicationState(tx, applicationId, { state, interviewNoticeUnseen: 0 });
    await insertMessage(tx, {
      applicationId,
      sender: 'seeker',
      senderAccountId: seekerAccountId,
      kind: 'interview_answer',
      body: attend ? '参加面试' : '不参加面试',
    });
    return application.companyId;
  });
  await notifySeeker(ctx, seekerAccountId, { type: 'applications.changed' }, applicationId);
  await notifyCompany(ctx, companyId, 'application.interview_answer', applicationId);
  return getConversation(ctx, { seekerAccountId, applicationId });
}
