import { describe, expect, it } from 'vitest';
import { COMPANY_NATURES, companyNatureFromCreditCode } from './company-nature';

describe('COMPANY_NATURES (reference §9 suggested app enum)', () => {
  it('has the nine suggested labels in order with unique codes', () => {
    expect(COMPANY_NATURES.map((nature) => nature.label)).toEqual([
      '国有企业',
      '民营企业',
      '外资企业',
      '合资企业',
      '事业单位',
      '机关',
      '社会组织',
      '部队',
      '其他',
    ]);
    expect(new Set(COMPANY_NATURES.map((nature) => nature.code)).size).toBe(9);
  });
});

describe('companyNatureFromCreditCode', () => {
  // Only the first two characters matter here; checksums are parseCreditCode's job.
  const withPrefix = (prefix: string) => `${prefix}${'0'.repeat(16)}`;

  it('derives the nature from the GB 32100 prefix where the prefix decides it', () => {
    expect(companyNatureFromCreditCode(withPrefix('12'))).toBe('public_institution');
    expect(companyNatureFromCreditCode(withPrefix('11'))).toBe('government');
    for (const prefix of ['51', '52', '53']) {
      expect(companyNatureFromCreditCode(withPrefix(prefix))).toBe('social_organization');
    }
  });

  it('leaves enterprises (91) to the employer, since 国有/民营/外资 all share it', () => {
    expect(companyNatureFromCreditCode('91110000600037341L')).toBeUndefined();
  });
});
