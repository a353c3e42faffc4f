// 单位性质: no national standard defines the job-site labels (reference §9). This is the reference's
// suggested app enum, a union of the 51job cotype list and the MOE campus 单位性质 codes. Codes are
// our own readable slugs; `creditCodePrefixes` links a nature to the GB 32100 authority+type prefix
// of the employer's 统一社会信用代码 where that prefix alone decides it (reference §3, §9).
export const COMPANY_NATURES = [
  { code: 'state_owned', label: '国有企业', creditCodePrefixes: [] },
  { code: 'private', label: '民营企业', creditCodePrefixes: [] },
  { code: 'foreign', label: '外资企业', creditCodePrefixes: [] },
  { code: 'joint_venture', label: '合资企业', creditCodePrefixes: [] },
  { code: 'public_institution', label: '事业单位', creditCodePrefixes: ['12'] },
  { code: 'government', label: '机关', creditCodePrefixes: ['11'] },
  { code: 'social_organization', label: '社会组织', creditCodePrefixes: ['51', '52', '53'] },
  { code: 'military', label: '部队', creditCodePrefixes: [] },
  { code: 'other', label: '其他', creditCodePrefixes: [] },
] as const;

export type CompanyNatureCode = (typeof COMPANY_NATURES)[number]['code'];

// Pre-fills the employer form from the credit code. A 91 prefix (企业) cannot tell 国有 from 民营 or
// 外资, so it returns undefined and the employer must choose.
export function companyNatureFromCreditCode(creditCode: string): CompanyNatureCode | undefined {
  const prefix = creditCode.trim().toUpperCase().slice(0, 2);
  return COMPANY_NATURES.find((nature) => (nature.creditCodePrefixes as readonly string[]).includes(prefix))
    ?.code;
}
