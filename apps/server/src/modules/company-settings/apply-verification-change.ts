import type { CompanyVerificationFields } from '@openrecruit/shared';
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

export interface ApplyVerificationChangeOptions {
  /** The review request that carried the change (for the error if the company is gone). */
  requestId: string;
  companyId: string;
  data: CompanyVerificationFields & { codeKind: 'credit_code' | 'organization_code' };
}

/**
 * The platform approved a 认证信息 change (reviews/kinds/verification-change.ts): the submitted data
 * replace the company's, in the decision's transaction. Returns the replaced values, which the
 * request keeps for the record. A new name reaches the job search index at once.
 */
export async function applyVerificationChange(
  tx: Executor,
  options: ApplyVerificationChangeOptions,
): Promise<{ previous: ApplyVerificationChangeOptions['data'] }> {
  const company = await lockCompany(tx, options.companyId);
  if (!company) throw new Error(`company ${options.companyId} of request ${options.requestId} is missing`);
  const submitted = verificationFieldsOf(options.data);
  if (await findOtherCompanyWithCode(tx, company.id, submitted.code)) throw codeInUse();
  try {
    await updateCompany(tx, company.id, { ...submitted, codeKind: options.data.codeKind });
  } catch (error) {
    if (isUniqueViolation(error)) throw codeInUse();
    throw error;
  }
  if (company.name !== submitted.name) await reindexJobs(tx, await findCompanyJobIds(tx, company.id));
  const previous = Object.fromEntries(VERIFICATION_FIELD_NAMES.map((name) => [name, company[name]]));
  return { previous: { ...(previous as CompanyVerificationFields), codeKind: company.codeKind } };
}
