import type { EmployerApplicationDetail } from '@openrecruit/shared';
import { labelOf, POLITICAL_STATUSES } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { notifyCompany, notifySeeker } from '../applications/application-events';
import { advanceApplication } from '../applications/application-state';
import {
  findLatestInterview,
  findMessages,
  lockApplication,
  markReadByEmployer,
  updateApplicationState,
} from '../applications/applications.repository';
import { mapInterview, mapMessage } from '../applications/map-application';
import { recordSecurityEvent } from '../identity/security-events';
import type { CompanyStaff } from './company-staff';
import { findCompanyApplication } from './employer-applications.repository';
import { mapCompanyApplication, mapStoredResume } from './map-company-application';

export interface GetCompanyApplicationOptions {
  staff: CompanyStaff;
  applicationId: string;
  ip: string;
}

/**
 * HR opens an application: the first reading marks it viewed (the seeker's record then says so),
 * the seeker's messages are read, and the applicant's mobile is shown because they applied
 * (PIPL: every such reading is written to the audit log).
 */
export async function getCompanyApplication(
  ctx: AppContext,
  options: GetCompanyApplicationOptions,
): Promise<EmployerApplicationDetail> {
  const { staff, applicationId } = options;
  const firstView = await ctx.db.transaction(async (tx) => {
    const application = await lockApplication(tx, applicationId, { companyId: staff.companyId });
    if (!application) throw new AppError('NOT_FOUND');
    if (application.state === 'submitted') {
      const state = advanceApplication(application.state, 'view');
      await updateApplicationState(tx, applicationId, { state, viewedAt: new Date() });
    }
    await markReadByEmployer(tx, applicationId);
    return application.viewedAt === null ? application.seekerAccountId : null;
  });
  if (firstView) {
    await notifySeeker(ctx, firstView, { type: 'applications.changed' }, applicationId);
    await notifyCompany(ctx, staff.companyId, 'applications.changed', applicationId);
  }

  const row = await findCompanyApplication(ctx.db, staff.companyId, applicationId);
  if (!row) throw new AppError('NOT_FOUND');
  const interview = await findLatestInterview(ctx.db, applicationId);
  const messages = await findMessages(ctx.db, applicationId);
  await recordSecurityEvent(ctx, {
    kind: 'personal_data_read',
    accountId: staff.accountId,
    ip: options.ip,
    detail: { applicationId, seekerAccountId: row.application.seekerAccountId, fields: ['mobile'] },
  });
  const summary = mapCompanyApplication(row);
  return {
    ...summary,
    seeker: {
      ...summary.seeker,
      mobile: ctx.cipher.decrypt(row.contact.mobileEnc),
      politicalStatusLabel: labelOf(POLITICAL_STATUSES, row.contact.politicalStatus) ?? null,
      householdRegistration: row.contact.householdRegistration,
    },
    resume: row.resume ? mapStoredResume(row.resume) : null,
    interview: interview ? mapInterview(interview) : null,
    messages: messages.map(mapMessage),
  };
}
