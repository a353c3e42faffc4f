import { describe, expect, it } from 'vitest';
import { parseCompanyCode, parseCreditCode, parseOrganizationCode } from './credit-code';

describe('parseCreditCode: reference §3 worked examples (GB 32100-2015)', () => {
  it.each([
    ['91110000600037341L', '110000', '60003734-1'], // stdnum, S=538 → L
    ['91310110666007217T', '310110', '66600721-7'], // hutool, S=966 → T
    ['91310000631696382C', '310000', '63169638-2'], // stdnum (Shanghai), S=918 → C
    ['91310115MA1K3BTP2B', '310115', 'MA1K3BTP-2'], // stdnum (letters in body), S=2469 → B
  ])('%s is a valid enterprise code', (code, areaCode, organizationCode) => {
    expect(parseCreditCode(code)).toEqual({
      ok: true,
      value: {
        normalized: code,
        authorityCode: '9',
        typeCode: '1',
        areaCode,
        organizationCode,
        kindLabel: '企业',
      },
      warnings: [],
    });
  });

  it('trims and upper-cases the input', () => {
    const result = parseCreditCode(' 91310115ma1k3btp2b ');
    expect(result.ok && result.value.normalized).toBe('91310115MA1K3BTP2B');
  });
});

describe('parseCreditCode: failures', () => {
  it('rejects a wrong check char', () => {
    expect(parseCreditCode('91110000600037341K')).toEqual({
      ok: false,
      code: 'CREDIT_CODE_CHECKSUM',
      reason: '统一社会信用代码校验位不正确，请核对',
    });
  });

  it.each([
    '9111000060003734L', // 17 chars
    '91110000600037341LL', // 19 chars
    '9111000060003734IL', // I is not in the charset
    '91110000600037341O', // neither is O
    '911A0000600037341L', // the area code must be digits
  ])('rejects the malformed %s', (code) => {
    const result = parseCreditCode(code);
    expect(!result.ok && result.code).toBe('CREDIT_CODE_FORMAT');
  });

  it('accepts a pilot-region code that fails the checksum only when asked, with a warning', () => {
    expect(parseCreditCode('91350100M0001TGQXM')).toMatchObject({ ok: false, code: 'CREDIT_CODE_CHECKSUM' });
    expect(parseCreditCode('91350100M0001TGQXM', { allowChecksumFailure: true })).toEqual({
      ok: true,
      value: {
        normalized: '91350100M0001TGQXM',
        authorityCode: '9',
        typeCode: '1',
        areaCode: '350100',
        organizationCode: 'M0001TGQ-X',
        kindLabel: '企业',
      },
      warnings: ['统一社会信用代码未通过校验，可能是早期试点地区代码，需人工核实'],
    });
  });
});

describe('parseCreditCode: kindLabel from the authority and type codes', () => {
  // Only the prefix changes; the checksum is waived so the test isolates the label lookup.
  const withPrefix = (prefix: string) => {
    const result = parseCreditCode(`${prefix}110000600037341L`, { allowChecksumFailure: true });
    return result.ok ? result.value.kindLabel : 'rejected';
  };

  it.each([
    ['11', '机关'],
    ['12', '事业单位'],
    ['51', '社会团体'],
    ['52', '民办非企业单位'],
    ['53', '基金会'],
    ['91', '企业'],
    ['92', '个体工商户'],
    ['93', '农民专业合作社'],
    ['Y1', '其他'],
  ])('%s → %s', (prefix, label) => {
    expect(withPrefix(prefix)).toBe(label);
  });

  it('leaves unverified authority codes unlabelled', () => {
    expect(withPrefix('A1')).toBeUndefined();
    expect(withPrefix('94')).toBeUndefined();
  });
});

describe('parseOrganizationCode (GB 11714-1997, reference §3.1)', () => {
  it.each([
    ['60003734-1', '60003734-1'],
    ['600037341', '60003734-1'],
    ['MA1K3BTP-2', 'MA1K3BTP-2'],
    ['ma1k3btp2', 'MA1K3BTP-2'],
    ['M0001TGQ-X', 'M0001TGQ-X'], // check value 10 → X
    ['00000000-0', '00000000-0'], // check value 11 → 0
  ])('accepts %s as %s', (input, normalized) => {
    expect(parseOrganizationCode(input)).toEqual({ ok: true, value: { normalized }, warnings: [] });
  });

  it('rejects a wrong check char and malformed input', () => {
    expect(parseOrganizationCode('60003734-2')).toEqual({
      ok: false,
      code: 'ORG_CODE_CHECKSUM',
      reason: '组织机构代码校验码不正确',
    });
    expect(parseOrganizationCode('6000373-1')).toMatchObject({ ok: false, code: 'ORG_CODE_FORMAT' });
    expect(parseOrganizationCode('60003734-A')).toMatchObject({ ok: false, code: 'ORG_CODE_FORMAT' });
  });
});

describe('parseCompanyCode', () => {
  it('reads 18 chars as a credit code', () => {
    const result = parseCompanyCode('91310000631696382C');
    expect(result.ok && result.value).toMatchObject({ kind: 'credit_code', organizationCode: '63169638-2' });
  });

  it('reads 9 chars, or 10 with a dash, as an organization code', () => {
    expect(parseCompanyCode('631696382')).toEqual({
      ok: true,
      value: { kind: 'organization_code', normalized: '63169638-2' },
      warnings: [],
    });
    const dashed = parseCompanyCode('63169638-2');
    expect(dashed.ok && dashed.value.kind).toBe('organization_code');
  });

  it('passes through the underlying failure and the pilot-code option', () => {
    expect(parseCompanyCode('91310000631696382D')).toMatchObject({ ok: false, code: 'CREDIT_CODE_CHECKSUM' });
    expect(parseCompanyCode('63169638-3')).toMatchObject({ ok: false, code: 'ORG_CODE_CHECKSUM' });
    const pilot = parseCompanyCode('91350100M0001TGQXM', { allowChecksumFailure: true });
    expect(pilot.ok && pilot.warnings).toHaveLength(1);
  });

  it('rejects any other length', () => {
    expect(parseCompanyCode('6316963821')).toEqual({
      ok: false,
      code: 'COMPANY_CODE_FORMAT',
      reason: '请输入18位统一社会信用代码或9位组织机构代码',
    });
    expect(parseCompanyCode('')).toMatchObject({ ok: false, code: 'COMPANY_CODE_FORMAT' });
  });
});
