import { type CompanyVerificationData, type CompanyVerificationFields, PROVINCES } from '@openrecruit/shared';
import type { CompanyRow } from './company-settings.repository';

// 企业认证资料: the columns of the companies row a verification change replaces.

export const VERIFICATION_FIELD_NAMES = [
  'name',
  'code',
  'province',
  'city',
  'address',
  'landline',
  'email',
  'recruitEmail',
  'postcode',
  'nature',
  'industry',
] as const satisfies ReadonlyArray<keyof CompanyVerificationFields>;

export function verificationFieldsOf(source: Partial<Record<string, unknown>>): CompanyVerificationFields {
  return Object.fromEntries(
    VERIFICATION_FIELD_NAMES.map((name) => [name, typeof source[name] === 'string' ? source[name] : '']),
  ) as CompanyVerificationFields;
}

/** Older rows (the demo data) keep the province's name where the form sends its code. */
const provinceCodeOf = (value: string) =>
  PROVINCES.find((item) => item.code === value || item.label === value)?.code ?? value;

export function sameVerificationData(company: CompanyRow, data: CompanyVerificationData): boolean {
  const current = { ...verificationFieldsOf(company), province: provinceCodeOf(company.province) };
  return VERIFICATION_FIELD_NAMES.every((name) => current[name] === data[name]);
}
