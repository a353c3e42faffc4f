import { type EmployerThread, nextApplicationState } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { findLatestInterview, findMessages } from '../applications/applications.repository';
import { mapInterview, mapMessage } from '../applications/map-application';
import type { CompanyStaff } from './company-staff';
import { clearEmployerUnread, findCompanyApplicationSummary } from './employer-applications.repository';
import { mapCompanyApplication } from './map-company-application';

/**
 * The employer's side of the seeker's 通知 dialog (seed 000 §六): the messages, the interview round
 * with the seeker's answer (参加面试 / 不参加面试), and which actions apply now. Reading it clears the
 * unread count of the seeker's messages; it does not count as opening the resume (GET /:id does).
 */
export async function getEmployerThread(
  ctx: AppContext,
  options: { staff: CompanyStaff; applicationId: string },
): Promise<EmployerThread> {
  const { staff, applicationId } = options;
  const row = await findCompanyApplicationSummary(ctx.db, staff.companyId, applicationId);
  if (!row) throw new AppError('NOT_FOUND');
  if (row.application.employerUnread > 0) {
    await clearEmployerUnread(ctx.db, applicationId);
    row.application.employerUnread = 0;
  }
  const interview = await findLatestInterview(ctx.db, applicationId);
  const messages = await findMessages(ctx.db, applicationId);
  const state = row.application.state;
  return {
    application: mapCompanyApplication(row),
    interview: interview ? mapInterview(interview) : null,
    messages: messages.map(mapMessage),
    canSendInterviewNotice: nextApplicationState(state, 'invite') !== undefined,
    canConfirmInterview:
      nextApplicationState(state, 'confirm') !== undefined && interview?.state === 'accepted',
  };
}
