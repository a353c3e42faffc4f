import type { EmployerThread } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { applicationMachine } from '../applications/application-machine';
import { findThread } from '../applications/application-thread';
import { interviewMachine } from '../applications/interview-machine';
import { mapInterview, mapMessage } from '../applications/map-application';
import { clearEmployerUnread, findCompanyApplicationSummary } from './employer-applications.repository';
import { mapCompanyApplication } from './map-company-application';

export interface GetEmployerThreadOptions {
  member: CompanyMember;
  applicationId: string;
}

/**
 * The employer's side of the seeker's 通知 dialog (seed 000 §六): the messages, the interview round
 * with the seeker's answer (参加面试 / 不参加面试), and which actions apply now. Reading it clears the
 * unread count of the seeker's messages; it does not count as opening the resume (GET /:id does).
 */
export async function getEmployerThread(
  ctx: AppContext,
  options: GetEmployerThreadOptions,
): Promise<EmployerThread> {
  const { member, applicationId } = options;
  const row = requireFound(await findCompanyApplicationSummary(ctx.db, member.companyId, applicationId));
  if (row.application.employerUnread > 0) {
    await clearEmployerUnread(ctx.db, applicationId);
    row.application.employerUnread = 0;
  }
  const { interview, messages } = await findThread(ctx.db, applicationId);
  const state = row.application.state;
  return {
    application: mapCompanyApplication(row),
    interview: interview ? mapInterview(interview) : null,
    messages: messages.map(mapMessage),
    canSendInterviewNotice: applicationMachine.can(state, 'invite'),
    canConfirmInterview:
      applicationMachine.can(state, 'confirm') &&
      interview !== undefined &&
      interviewMachine.can(interview.state, 'confirm'),
  };
}
