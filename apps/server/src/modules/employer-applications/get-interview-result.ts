import type { EmployerInterviewResult } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { findLatestInterview, type MessageRow } from '../applications/applications.repository';
import { mapInterview, mapMessage } from '../applications/map-application';
import type { CompanyStaff } from './company-staff';
import { findCompanyApplicationSummary } from './employer-applications.repository';
import { mapCompanyApplication } from './map-company-application';

/** What HR sees after sending an interview notice or confirming one. */
export async function getInterviewResult(
  ctx: AppContext,
  options: { staff: CompanyStaff; applicationId: string; message: MessageRow },
): Promise<EmployerInterviewResult> {
  const row = await findCompanyApplicationSummary(ctx.db, options.staff.companyId, options.applicationId);
  const interview = await findLatestInterview(ctx.db, options.applicationId);
  if (!row || !interview) throw new AppError('NOT_FOUND');
  return {
    application: mapCompanyApplication(row),
    interview: mapInterview(interview),
    message: mapMessage(options.message),
  };
}
