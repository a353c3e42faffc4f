import {
  type CompanySettings,
  type CompanyVerificationData,
  live,
  parseCompanyCode,
} from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import type { CompanyAdmin } from '../../plugins/access';
import { submitReviewRequest } from '../reviews/submit-review-request';
import {
  findOtherCompanyWithCode,
  findVerificationChanges,
  lockCompany,
} from './company-settings.repository';
import { getCompanySettings } from './get-company-settings';
import { sameVerificationData } from './verification-fields';

/** The new 认证信息 and the company's admin (the route's requireCompanyAdmin). */
export type RequestVerificationChangeOptions = CompanyVerificationData & { admin: CompanyAdmin };

export const codeInUse = () =>
  AppError.fieldError('code', '该统一社会信用代码已被其他单位使用', 'COMPANY_CODE_IN_USE');

/**
 * 认证信息修改后需重新发起认证 (seed 002 公司设置): the change waits in the platform's queue as a
 * `verification_change` review request (reviews/kinds/verification-change.ts applies it once
 * approved) and the verified data stay in force until then. One pending change per company: the
 * company row is locked while checking, so two submissions racing make one request.
 */
export async function requestVerificationChange(
  ctx: AppContext,
  options: RequestVerificationChangeOptions,
): Promise<CompanySettings> {
  const { admin, ...input } = options;
  const parsed = parseCompanyCode(input.code);
  if (!parsed.ok) throw AppError.fieldError('code', parsed.reason);
  const { events } = await ctx.db.transaction(async (tx) => {
    const company = await lockCompany(tx, admin.companyId);
    if (!company) throw new AppError('NOT_FOUND', '单位不存在');
    // Today's order of refusals: a pending change first, then an unchanged form, then the code.
    const [latest] = await findVerificationChanges(tx, company.id, 1);
    if (latest?.state === 'pending') throw new AppError('VERIFICATION_CHANGE_PENDING');
    if (sameVerificationData(company, input))
      throw new AppError('VALIDATION_FAILED', '认证信息没有修改，无需重新认证');
    if (await findOtherCompanyWithCode(tx, company.id, input.code)) throw codeInUse();
    return submitReviewRequest(tx, {
      kind: 'verification_change',
      subjectId: company.id,
      applicantAccountId: admin.accountId,
      applicantCompanyId: company.id,
      payload: { company: { ...input, codeKind: parsed.value.kind } },
    });
  });
  await publishAfterCommit(
    ctx,
    ...events,
    live.company(admin.companyId, { type: 'company.changed', data: {} }),
  );
  return getCompanySettings(ctx, admin);
}
