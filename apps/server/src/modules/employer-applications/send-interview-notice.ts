import { type EmployerInterviewResult, live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/client';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import type { CompanyMember } from '../../plugins/access';
import {
  lockOwnedApplication,
  moveApplication,
  openInterviewRound,
  postMessage,
} from '../applications/application-thread';
import { getInterviewResult } from './get-interview-result';

export interface SendInterviewNoticeOptions {
  member: CompanyMember;
  applicationId: string;
  body: string;
  /** The 面试安排 the notice is sent from (seed 002 首页, issue 5), if any. */
  sessionId?: string;
}

/**
 * The notice's writes, in the caller's transaction: 面试安排's 一键通知 runs them under its
 * session lock so a candidate is never notified twice. Publish with publishAfterCommit after commit.
 */
export async function recordInterviewNotice(tx: Executor, options: SendInterviewNoticeOptions) {
  const { member, applicationId } = options;
  const application = await lockOwnedApplication(tx, { companyId: member.companyId }, applicationId);
  await moveApplication(tx, application, 'invite', {
    viewedAt: application.viewedAt ?? new Date(),
    interviewNoticeUnseen: 1,
  });
  const interview = await openInterviewRound(tx, {
    applicationId,
    invitation: options.body,
    invitedBy: member.accountId,
    ...(options.sessionId ? { sessionId: options.sessionId } : {}),
  });
  const message = await postMessage(tx, {
    applicationId,
    sender: 'employer',
    senderAccountId: member.accountId,
    kind: 'interview_notice',
    body: options.body,
  });
  return { seekerAccountId: application.seekerAccountId, message, interview };
}

/**
 * HR sends an interview notice: a new interview round, the notice in the thread, and 面试通知NEW on
 * the seeker's record until they open it (seed 000 §六.3).
 */
export async function sendInterviewNotice(
  ctx: AppContext,
  options: SendInterviewNoticeOptions,
): Promise<EmployerInterviewResult> {
  const { member, applicationId } = options;
  const { seekerAccountId, message } = await ctx.db.transaction((tx) => recordInterviewNotice(tx, options));
  await publishAfterCommit(
    ctx,
    live.seeker(seekerAccountId, { type: 'message', data: { applicationId, kind: 'interview_notice' } }),
    live.company(member.companyId, { type: 'applications.changed', data: { applicationId } }),
  );
  return getInterviewResult(ctx, { member, applicationId, message });
}
