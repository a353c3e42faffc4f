import type { AdminApplicationStatus } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import type { CompanyMember } from '../../plugins/access';
import { isFileUsedByReviewRequest } from '../reviews/is-file-used-by-review-request';
import { submitReviewRequest } from '../reviews/submit-review-request';
import { findOwnUpload, lockApplicant } from './admin-application.repository';
import { getAdminApplicationStatus } from './get-admin-application-status';

export interface SubmitAdminApplicationOptions {
  member: CompanyMember;
  /** The stamped 账号授权书, uploaded first through POST .../admin-application/files. */
  authorisationFileId: string;
}

/**
 * 申请成为管理员 (seed 002 公司设置 三): a member asks the platform to make them the company's one
 * admin (reviews/kinds/admin-application.ts decides it). One pending application per person: the
 * applicant's row is locked, so a double click or two tabs make one request. The letter must be
 * the applicant's own upload, not used by another request.
 */
export async function submitAdminApplication(
  ctx: AppContext,
  options: SubmitAdminApplicationOptions,
): Promise<AdminApplicationStatus> {
  const { member, authorisationFileId } = options;
  const { events } = await ctx.db.transaction(async (tx) => {
    const me = await lockApplicant(tx, member.accountId);
    if (!me || me.companyId !== member.companyId) throw new AppError('FORBIDDEN');
    if (me.companyRole === 'admin') throw new AppError('INVALID_STATE', '您已是单位管理员，无需申请');
    const file = await findOwnUpload(tx, { fileId: authorisationFileId, ownerAccountId: member.accountId });
    if (!file || (await isFileUsedByReviewRequest(tx, authorisationFileId)))
      throw AppError.fieldError('authorisationFileId', '请重新上传盖章的账号授权书');
    return submitReviewRequest(tx, {
      kind: 'admin_application',
      subjectId: member.companyId,
      applicantAccountId: member.accountId,
      applicantCompanyId: member.companyId,
      payload: { applicantDepartment: me.department ?? '', fileIds: [authorisationFileId] },
    });
  });
  await publishAfterCommit(ctx, ...events);
  return getAdminApplicationStatus(ctx, { member });
}
