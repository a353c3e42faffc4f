import type { ApplicationMark, EmployerApplicationSummary } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { findCompanyApplicationSummary } from './employer-applications.repository';
import { mapCompanyApplication } from './map-company-application';
import { markApplications } from './mark-applications';

export interface MarkApplicationOptions {
  member: CompanyMember;
  applicationId: string;
  /** 合适 / 待定 / 不合适, or null: back to 未处理. */
  mark: ApplicationMark | null;
}

/** One resume's 标记 (the batch rules of markApplications), answered with the row as the list shows it. */
export async function markApplication(
  ctx: AppContext,
  options: MarkApplicationOptions,
): Promise<EmployerApplicationSummary> {
  const { member, applicationId } = options;
  await markApplications(ctx, { member, ids: [applicationId], mark: options.mark });
  return mapCompanyApplication(
    requireFound(await findCompanyApplicationSummary(ctx.db, member.companyId, applicationId)),
  );
}
