import {
  COMPANY_NATURES,
  INDUSTRIES,
  isShanghaiPostcode,
  parseCreditCode,
  parseEmail,
  parseLandline,
  parseOrganizationCode,
  SHANGHAI_DISTRICTS,
} from '@openrecruit/shared';
import { describe, expect, it } from 'vitest';
import type { companies } from '../schema';
import { generateCompanies } from './company-factory';
import { createRandom } from './random';

const generated = generateCompanies(300, createRandom(20261121));

describe('generateCompanies', () => {
  it('returns the requested number of employers with unique names, codes and mail domains', () => {
    expect(generated).toHaveLength(300);
    expect(new Set(generated.map((c) => c.name)).size).toBe(300);
    expect(new Set(generated.map((c) => c.code)).size).toBe(300);
    expect(new Set(generated.map((c) => c.recruitEmail.split('@')[1])).size).toBe(300);
  });

  it('issues valid GB 32100 credit codes whose prefix and area match the employer', () => {
    for (const company of generated) {
      const parsed = parseCreditCode(company.code);
      expect(parsed.ok && parsed.warnings, company.code).toEqual([]);
      if (!parsed.ok) continue;
      expect(parsed.value.areaCode).toBe(company.district);
      // The organisation code inside the credit code carries its own GB 11714 check char.
      expect(parseOrganizationCode(parsed.value.organizationCode).ok, company.code).toBe(true);
      const prefix = company.code.slice(0, 2);
      const expected =
        company.nature === 'public_institution'
          ? '12'
          : company.nature === 'social_organization'
            ? '52'
            : '91';
      expect(prefix, company.name).toBe(expected);
    }
  });

  it('fills every field with a well-formed Shanghai value', () => {
    const districts = SHANGHAI_DISTRICTS.map((d) => d.code) as string[];
    for (const company of generated) {
      expect(company).toMatchObject({ codeKind: 'credit_code', province: '上海市', city: '上海市' });
      expect(districts).toContain(company.district);
      const label = SHANGHAI_DISTRICTS.find((d) => d.code === company.district)!.label;
      expect(company.address.startsWith(label), company.address).toBe(true);
      expect(company.address).toMatch(/ \d+ 号/);
      expect(company.landline).toMatch(/^021-[1-9]\d{7}$/);
      expect(parseLandline(company.landline).ok).toBe(true);
      expect(parseEmail(company.email).ok && parseEmail(company.recruitEmail).ok).toBe(true);
      expect(company.recruitEmail).toMatch(/^[a-z]+@[a-z]+\.(com\.cn|com|cn|org\.cn)$/);
      expect(isShanghaiPostcode(company.postcode)).toBe(true);
      expect(COMPANY_NATURES.map((n) => n.code) as string[]).toContain(company.nature);
      expect(INDUSTRIES.map((i) => i.code) as string[]).toContain(company.industry);
      const sentences = company.introduction.split('。').filter(Boolean);
      expect(sentences.length, company.introduction).toBeGreaterThanOrEqual(2);
      expect(sentences.length, company.introduction).toBeLessThanOrEqual(4);
      expect(company.introduction.startsWith(company.name)).toBe(true);
    }
  });

  it('uses realistic name forms and spreads employers over every district and many industries', () => {
    expect(generated.every((c) => /^(上海|.{2}（上海）)/.test(c.name))).toBe(true);
    expect(generated.some((c) => c.name.endsWith('股份有限公司'))).toBe(true);
    expect(generated.some((c) => c.name.endsWith('集团有限公司'))).toBe(true);
    expect(generated.some((c) => c.nature === 'public_institution' && c.name.startsWith('上海市'))).toBe(
      true,
    );
    expect(new Set(generated.map((c) => c.district)).size).toBe(16);
    expect(new Set(generated.map((c) => c.industry)).size).toBeGreaterThanOrEqual(15);
  });

  it('covers all 16 districts even for a small demo', () => {
    const small = generateCompanies(16, createRandom(1));
    expect(new Set(small.map((c) => c.district)).size).toBe(16);
  });

  it('is deterministic for a seed and varies between seeds', () => {
    expect(generateCompanies(300, createRandom(20261121))).toEqual(generated);
    expect(generateCompanies(50, createRandom(2)).map((c) => c.name)).not.toEqual(
      generated.slice(0, 50).map((c) => c.name),
    );
  });

  it('produces rows the companies table accepts', () => {
    // Compile-time check: a seed plus nothing else is a valid insert.
    const row: typeof companies.$inferInsert = generated[0]!;
    expect(row.name).toBeTruthy();
  });
});
