import { type CompanySettings, type CompanyVerificationData, parseCompanyCode } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import type { CompanyCaller } from './company-access';
import { publishCompanySettingsChanged } from './company-events';
import {
  findOtherCompanyWithCode,
  findVerificationChanges,
  insertVerificationChange,
  lockCompany,
} from './company-settings.repository';
import { getCompanySettings } from './get-company-settings';
import { sameVerificationData } from './verification-fields';

export const codeInUse = () =>
  AppError.fieldError('code', '该统一社会信用代码已被其他单位使用', 'COMPANY_CODE_IN_USE');

/**
 * 认证信息修改后需重新发起认证 (seed 002 公司设置): the change waits in the platform's queue as a
 * `verification_change` request and the verified data stay in force until it is approved
 * (employer-onboarding/reviews.ts applies it). One pending change per company: the company row is
 * locked while checking, so two submissions racing make one request.
 */
export async function requestVerificationChange(
  ctx: AppContext,
  admin: CompanyCaller,
  input: CompanyVerificationData,
): Promise<CompanySettings> {
  const parsed = parseCompanyCode(input.code);
  if (!parsed.ok) throw AppError.fieldError('code', parsed.reason);
  await ctx.db.transaction(async (tx) => {
    const company = await lockCompany(tx, admin.companyId);
    if (!company) throw new AppError('NOT_FOUND', '单位不存在');
    const [latest] = await findVerificationChanges(tx, company.id, 1);
    if (latest?.state === 'pending') throw new AppError('VERIFICATION_CHANGE_PENDING');
    if (sameVerificationData(company, input))
      throw new AppError('VALIDATION_FAILED', '认证信息没有修改，无需重新认证');
    if (await findOtherCompanyWithCode(tx, company.id, input.code)) throw codeInUse();
    await insertVerificationChange(tx, {
      companyId: company.id,
      applicantAccountId: admin.accountId,
      companyData: { ...input, codeKind: parsed.value.kind },
    });
  });
  await publishCompanySettingsChanged(ctx, admin.companyId);
  return getCompanySettings(ctx, admin);
}
