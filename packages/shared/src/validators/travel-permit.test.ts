import { describe, expect, it } from 'vitest';
import { parseHkMacauTravelPermit, parseTaiwanTravelPermit } from './travel-permit';

describe('parseHkMacauTravelPermit (reference §2.2)', () => {
  it('accepts the 9-char card form for Hong Kong', () => {
    expect(parseHkMacauTravelPermit('H12345678')).toEqual({
      ok: true,
      value: { normalized: 'H12345678', region: 'HK', personKey: 'H12345678' },
      warnings: [],
    });
  });

  it('accepts the 11-char form and keys the person on the first 9 chars across renewals', () => {
    const first = parseHkMacauTravelPermit('M1234567800');
    const renewed = parseHkMacauTravelPermit('M1234567801');
    expect(first.ok && first.value).toEqual({
      normalized: 'M1234567800',
      region: 'MO',
      personKey: 'M12345678',
    });
    expect(renewed.ok && renewed.value.personKey).toBe('M12345678');
  });

  it('is case-insensitive and ignores spaces', () => {
    const result = parseHkMacauTravelPermit(' h 1234 5678 ');
    expect(result.ok && result.value.normalized).toBe('H12345678');
  });

  it.each(['', 'H1234567', 'H123456789', 'H123456789012', 'X12345678', '12345678', 'HH2345678'])(
    'rejects %j',
    (input) => {
      expect(parseHkMacauTravelPermit(input)).toEqual({
        ok: false,
        code: 'HK_MO_PERMIT_FORMAT',
        reason: '港澳居民来往内地通行证号码应为H或M加8位或10位数字',
      });
    },
  );
});

describe('parseTaiwanTravelPermit (reference §2.3)', () => {
  it('accepts the 8-digit lifelong number without warnings', () => {
    expect(parseTaiwanTravelPermit('12345678')).toEqual({
      ok: true,
      value: { normalized: '12345678', personKey: '12345678' },
      warnings: [],
    });
  });

  it('tolerates the legacy 12345678 01 (B) form with a warning', () => {
    const result = parseTaiwanTravelPermit('12345678 01 (B)');
    expect(result).toEqual({
      ok: true,
      value: { normalized: '1234567801(B)', personKey: '12345678' },
      warnings: ['这是2008年以前的旧版台胞证号码，请核对是否已换发8位新号码'],
    });
  });

  it('tolerates legacy numbers without the issuer code and with full-width brackets', () => {
    const plain = parseTaiwanTravelPermit('1234567801');
    const fullWidth = parseTaiwanTravelPermit('1234567801（b）');
    expect(plain.ok && plain.warnings).toHaveLength(1);
    expect(fullWidth.ok && fullWidth.value.normalized).toBe('1234567801(B)');
  });

  it.each(['', '1234567', '123456789', 'T1234567', '1234567801(BB)', '1234567801B'])(
    'rejects %j',
    (input) => {
      expect(parseTaiwanTravelPermit(input)).toEqual({
        ok: false,
        code: 'TW_PERMIT_FORMAT',
        reason: '台湾居民来往大陆通行证号码应为8位数字',
      });
    },
  );
});
