import type { EmployerInterviewResult } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import { notifyCompany, notifySeeker } from '../applications/application-events';
import { advanceApplication } from '../applications/application-state';
import {
  insertInterview,
  insertMessage,
  lockApplication,
  updateApplicationState,
} from '../applications/applications.repository';
import type { CompanyStaff } from './company-staff';
import { getInterviewResult } from './get-interview-result';

export interface SendInterviewNoticeOptions {
  staff: CompanyStaff;
  applicationId: string;
  body: string;
  /** The 面试安排 the notice is sent from (seed 002 首页, issue 5), if any. */
  sessionId?: string;
}

/**
 * The notice's writes, in the caller's transaction: 面试安排's 一键通知 runs them under its
 * session lock so a candidate is never notified twice. Publish with notifySeeker after commit.
 */
export async function recordInterviewNotice(tx: Executor, options: SendInterviewNoticeOptions) {
  const { staff, applicationId } = options;
  const application = await lockApplication(tx, applicationId, { companyId: staff.companyId });
  if (!application) throw new AppError('NOT_FOUND');
  const state = advanceApplication(application.state, 'invite');
  const interview = await insertInterview(tx, {
    applicationId,
    invitation: options.body,
    invitedBy: staff.accountId,
    ...(options.sessionId ? { sessionId: options.sessionId } : {}),
  });
  await updateApplicationState(tx, applicationId, {
    state,
    viewedAt: application.viewedAt ?? new Date(),
    interviewNoticeUnseen: 1,
  });
  const message = await insertMessage(tx, {
    applicationId,
    sender: 'employer',
    senderAccountId: staff.accountId,
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
  const { staff, applicationId } = options;
  const { seekerAccountId, message } = await ctx.db.transaction((tx) => recordInterviewNotice(tx, options));
  await notifySeeker(ctx, seekerAccountId, { type: 'message', kind: 'interview_notice' }, applicationId);
  await notifyCompany(ctx, staff.companyId, 'applications.changed', applicationId);
  return getInterviewResult(ctx, { staff, applicationId, message });
}
