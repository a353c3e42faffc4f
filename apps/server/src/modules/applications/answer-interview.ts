import { type Conversation, live } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import type { SeekerCaller } from '../../plugins/access';
import {
  answerInterviewRound,
  lockOwnedApplication,
  moveApplication,
  postMessage,
} from './application-thread';
import { getConversation } from './get-conversation';

export interface AnswerInterviewOptions {
  seeker: SeekerCaller;
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
  const { seeker, applicationId, attend } = options;
  const seekerAccountId = seeker.accountId;
  const companyId = await ctx.db.transaction(async (tx) => {
    const application = await lockOwnedApplication(tx, { seekerAccountId }, applicationId);
    await moveApplication(tx, application, attend ? 'accept' : 'decline', { interviewNoticeUnseen: 0 });
    await answerInterviewRound(tx, applicationId, attend);
    await postMessage(tx, {
      applicationId,
      sender: 'seeker',
      senderAccountId: seekerAccountId,
      kind: 'interview_answer',
      body: attend ? '参加面试' : '不参加面试',
    });
    return application.companyId;
  });
  await publishAfterCommit(
    ctx,
    live.seeker(seekerAccountId, { type: 'applications.changed', data: { applicationId } }),
    live.company(companyId, { type: 'application.interview_answer', data: { applicationId } }),
  );
  return getConversation(ctx, { seeker, applicationId });
}
