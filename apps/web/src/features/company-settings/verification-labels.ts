import {
  COMPANY_NATURES,
  type CompanyVerificationFields,
  INDUSTRIES,
  labelOf,
  PROVINCES,
} from '@openrecruit/shared';

// 企业认证资料 (seed 002 账号注册与认证 步骤三), in the seed's order and words.
export const VERIFICATION_LABELS: Array<[keyof CompanyVerificationFields, string]> = [
  ['name', '单位名称'],
  ['code', '统一社会信用代码'],
  ['province', '所在省份'],
  ['city', '所在城市'],
  ['address', '单位地址'],
  ['landline', '固定电话'],
  ['email', '单位邮箱'],
  ['recruitEmail', '招聘邮箱'],
  ['postcode', '邮编'],
  ['nature', '单位性质'],
  ['industry', '所属行业'],
];

/** A province stored as its name (older rows) or its code, as the code the form's picker uses. */
export function provinceCode(value: string): string {
  return PROVINCES.find((item) => item.code === value || item.label === value)?.code ?? value;
}

/** What a field shows: the label of a dictionary code, the text otherwise. */
export function displayValue(field: keyof CompanyVerificationFields, value: string): string {
  if (field === 'province') return labelOf(PROVINCES, provinceCode(value)) ?? value;
  if (field === 'nature') return labelOf(COMPANY_NATURES, value) ?? value;
  if (field === 'industry') return labelOf(INDUSTRIES, value) ?? value;
  return value;
}
