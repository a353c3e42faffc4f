import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { notifySeeker } from '../applications/application-events';
import { advanceApplication } from '../applications/application-state';
import {
  insertInterview,
  insertMessage,
  lockApplication,
  updateApplicationState,
} from '../applications/applications.repository';
import type { CompanyStaff } from './company-staff';
import type { EmployerInterviewResult } from './employer-applications.schemas';
import { getInterviewResult } from './get-interview-result';

export interface SendInterviewNoticeOptions {
  staff: CompanyStaff;
  applicationId: string;
  body: string;
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
  const { seekerAccountId, message } = await ctx.db.transaction(async (tx) => {
    const application = await lockApplication(tx, applicationId, { companyId: staff.companyId });
    if (!application) throw new AppError('NOT_FOUND');
    const state = advanceApplication(application.state, 'invite');
    await insertInterview(tx, { applicationId, invitation: options.body, invitedBy: staff.accountId });
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
    return { seekerAccountId: application.seekerAccountId, message };
  });
  await notifySeeker(ctx, seekerAccountId, { type: 'message', kind: 'interview_notice' }, applicationId);
  return getInterviewResult(ctx, { staff, applicationId, message });
}
