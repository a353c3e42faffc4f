import type { AdminApplicationStatus } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { CompanyMember } from '../../plugins/access';
import { findLatestReviewRequest } from '../reviews/find-latest-review-request';
import { findCompanyAdmin } from './admin-application.repository';

export interface GetAdminApplicationStatusOptions {
  member: CompanyMember;
}

/** 申请管理员 as the member sees it: who the admin is, and their newest application. */
export async function getAdminApplicationStatus(
  ctx: AppContext,
  options: GetAdminApplicationStatusOptions,
): Promise<AdminApplicationStatus> {
  const { member } = options;
  const admin = await findCompanyAdmin(ctx.db, member.companyId);
  const latest = await findLatestReviewRequest(ctx.db, {
    kind: 'admin_application',
    applicantAccountId: member.accountId,
    applicantCompanyId: member.companyId,
  });
  return { isAdmin: admin?.id === member.accountId, currentAdminName: admin?.name ?? null, latest };
}
