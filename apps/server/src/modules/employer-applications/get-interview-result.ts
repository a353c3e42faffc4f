import type { EmployerInterviewResult } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { type CompanyMember, notFound } from '../../plugins/access';
import { findLatestInterviewRound, type MessageRow } from '../applications/application-thread';
import { mapInterview, mapMessage } from '../applications/map-application';
import { findCompanyApplicationSummary } from './employer-applications.repository';
import { mapCompanyApplication } from './map-company-application';

export interface GetInterviewResultOptions {
  member: CompanyMember;
  applicationId: string;
  message: MessageRow;
}

/** What HR sees after sending an interview notice or confirming one. */
export async function getInterviewResult(
  ctx: AppContext,
  options: GetInterviewResultOptions,
): Promise<EmployerInterviewResult> {
  const row = await findCompanyApplicationSummary(ctx.db, options.member.companyId, options.applicationId);
  const interview = await findLatestInterviewRound(ctx.db, options.applicationId);
  if (!row || !interview) throw notFound();
  return {
    application: mapCompanyApplication(row),
    interview: mapInterview(interview),
    message: mapMessage(options.message),
  };
}
