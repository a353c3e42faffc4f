import {
  COMPANY_NATURES,
  type CompanyVerificationFields,
  INDUSTRIES,
  labelOf,
  PROVINCES,
} from '@openrecruit/shared';
import { verificationFieldsOf } from '../../company-settings/verification-fields';
import type { ReviewShown } from '../review-kind';

// How the company kinds (单位注册, 管理员申请, 认证信息变更) show 企业认证资料: the labels the drawer
// prints, with codes turned into words (older rows keep a province's name where forms send its code).

const FIELD_LABELS: Array<[keyof CompanyVerificationFields, string]> = [
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

function shownValue(field: keyof CompanyVerificationFields, value: string): string {
  if (field === 'province') return labelOf(PROVINCES, value) ?? value;
  if (field === 'nature') return labelOf(COMPANY_NATURES, value) ?? value;
  if (field === 'industry') return labelOf(INDUSTRIES, value) ?? value;
  return value;
}

/** 企业认证资料 as label/value pairs, empty values left out. */
export function companyFields(data: CompanyVerificationFields, currentAdminName?: string | null) {
  const fields = FIELD_LABELS.filter(([field]) => data[field]).map(([field, label]) => ({
    label,
    value: shownValue(field, data[field]),
  }));
  return currentAdminName ? [...fields, { label: '现任管理员', value: currentAdminName }] : fields;
}

/** Each changed field, the value in force (or replaced) beside the submitted one. */
export function companyChanges(before: CompanyVerificationFields, after: CompanyVerificationFields) {
  return FIELD_LABELS.filter(([field]) => before[field] !== after[field]).map(([field, label]) => ({
    label,
    before: shownValue(field, before[field]),
    after: shownValue(field, after[field]),
  }));
}

/** The queue's summary of a company (单位名称, 统一社会信用代码, ...), as the response has it. */
export function companySummary(
  id: string | null,
  data: CompanyVerificationFields,
  currentAdminName: string | null,
): ReviewShown['company'] {
  return { id, ...verificationFieldsOf(data), currentAdminName };
}
