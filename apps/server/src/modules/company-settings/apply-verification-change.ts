import type { Executor } from '../../db/client';
import { isUniqueViolation } from '../../lib/pg-errors';
import { reindexJobs } from '../jobs/reindex-jobs';
import {
  findCompanyJobIds,
  findOtherCompanyWithCode,
  lockCompany,
  updateCompany,
} from './company-settings.repository';
import { codeInUse } from './request-verification-change';
import { VERIFICATION_FIELD_NAMES, verificationFieldsOf } from './verification-fields';

/**
 * The platform approved a 认证信息 change: the submitted data replace the company's, in the
 * decision's transaction. The replaced values are kept on the request (`previous`) for the record.
 * A new name reaches the job search index at once.
 */
export async function applyVerificationChange(
  tx: Executor,
  request: { id: string; companyId: string; companyData: Record<string, unknown> },
): Promise<{ previous: Record<string, unknown> }> {
  const company = await lockCompany(tx, request.companyId);
  if (!company) throw new Error(`company ${request.companyId} of request ${request.id} is missing`);
  const submitted = verificationFieldsOf(request.companyData);
  const codeKind = request.companyData.codeKind === 'organization_code' ? 'organization_code' : 'credit_code';
  if (await findOtherCompanyWithCode(tx, company.id, submitted.code)) throw codeInUse();
  try {
    await updateCompany(tx, company.id, { ...submitted, codeKind });
  } catch (error) {
    if (isUniqueViolation(error)) throw codeInUse();
    throw error;
  }
  if (company.name !== submitted.name) await reindexJobs(tx, await findCompanyJobIds(tx, company.id));
  const previous = Object.fromEntries(VERIFICATION_FIELD_NAMES.map((name) => [name, company[name]]));
  return { previous: { ...previous, codeKind: company.codeKind } };
}
