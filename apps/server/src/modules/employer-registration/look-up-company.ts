import { type CompanyLookupResult, parseCompanyCode, surnameOf } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { enforceRateLimit } from '../../lib/rate-limit';
import { findCompanyByCode } from './company-lookup.repository';

export interface LookUpCompanyOptions {
  code: string;
  ip: string;
}

// The answer says whether a company is registered and names its admin's surname (seed 002:
// 「该公司之前已被注册，管理员是张璇」), so it is throttled per address against enumeration.
const LOOKUPS_PER_IP_PER_MINUTE = 60;

export function registryLinks(code: string) {
  const key = encodeURIComponent(code);
  return [
    { name: '企查查', url: `https://www.qcc.com/web/search?key=${key}` },
    { name: '启信宝', url: `https://www.qixin.com/search?key=${key}` },
  ];
}

/** Step 1 of the employer wizard: is a company with this 统一社会信用代码/组织机构代码 already here? */
export async function lookUpCompany(
  ctx: AppContext,
  options: LookUpCompanyOptions,
): Promise<CompanyLookupResult> {
  const parsed = parseCompanyCode(options.code);
  if (!parsed.ok) throw AppError.fieldError('code', parsed.reason);
  await enforceRateLimit(
    ctx.db,
    `company-lookup-ip:${options.ip}`,
    { limit: LOOKUPS_PER_IP_PER_MINUTE, windowSeconds: 60 },
    '查询过于频繁',
  );
  const code = parsed.value;
  const company = await findCompanyByCode(ctx.db, {
    kind: code.kind,
    normalized: code.normalized,
    ...(code.kind === 'credit_code' ? { organizationCode: code.organizationCode } : {}),
  });
  if (!company) {
    return {
      known: false,
      normalizedCode: code.normalized,
      kind: code.kind,
      registryLinks: registryLinks(code.normalized),
    };
  }
  return {
    known: true,
    companyName: company.name,
    adminSurnameMasked: company.adminName ? `${surnameOf(company.adminName)}*` : null,
    verificationState: company.verificationState,
  };
}
