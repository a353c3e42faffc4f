import type { EmployerApplicationDetail } from '@openrecruit/shared';
import { labelOf, live, POLITICAL_STATUSES } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { applicationMachine } from '../applications/application-machine';
import {
  findThread,
  lockOwnedApplication,
  markOpenedByEmployer,
  moveApplication,
} from '../applications/application-thread';
import { mapInterview, mapMessage } from '../applications/map-application';
import { recordSecurityEvent } from '../identity/security-events';
import { findCompanyApplication } from './employer-applications.repository';
import { mapCompanyApplication, mapStoredResume } from './map-company-application';

export interface GetCompanyApplicationOptions {
  member: CompanyMember;
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
  const { member, applicationId } = options;
  const firstView = await ctx.db.transaction(async (tx) => {
    const application = await lockOwnedApplication(tx, { companyId: member.companyId }, applicationId);
    if (applicationMachine.can(application.state, 'view')) {
      await moveApplication(tx, application, 'view', { viewedAt: new Date() });
    }
    await markOpenedByEmployer(tx, applicationId);
    return application.viewedAt === null ? application.seekerAccountId : null;
  });
  if (firstView) {
    await publishAfterCommit(
      ctx,
      live.seeker(firstView, { type: 'applications.changed', data: { applicationId } }),
      live.company(member.companyId, { type: 'applications.changed', data: { applicationId } }),
    );
  }

  const row = requireFound(await findCompanyApplication(ctx.db, member.companyId, applicationId));
  const { interview, messages } = await findThread(ctx.db, applicationId);
  await recordSecurityEvent(ctx, {
    kind: 'personal_data_read',
    accountId: member.accountId,
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
