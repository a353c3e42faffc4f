import { describe, expect, it } from 'vitest';
import { luhnValid, parseBankCard } from './bank-card';

const LUHN_WARNING = '银行卡号未通过校验，请仔细核对；如确认无误可继续，以银行验证结果为准';

describe('luhnValid (reference §4)', () => {
  it('accepts the Stripe UnionPay test cards', () => {
    expect(luhnValid('6200000000000005')).toBe(true);
    expect(luhnValid('6205500000000000004')).toBe(true);
  });

  it('rejects a changed check digit and non-digit input', () => {
    expect(luhnValid('6200000000000006')).toBe(false);
    expect(luhnValid('6205500000000000005')).toBe(false);
    expect(luhnValid('')).toBe(false);
    expect(luhnValid('6200 0000 0000 0005')).toBe(false);
  });

  it('subtracts 9 from doubled digits above 9', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
  });
});

describe('parseBankCard', () => {
  it('accepts the 16-digit test card typed in groups of four', () => {
    expect(parseBankCard('6200 0000 0000 0005')).toEqual({
      ok: true,
      value: { normalized: '6200000000000005', isUnionPay: true },
      warnings: [],
    });
  });

  it('accepts the 19-digit test card with dashes', () => {
    const result = parseBankCard('6205-5000-0000-0000-004');
    expect(result.ok && result.value.normalized).toBe('6205500000000000004');
  });

  it('only warns when Luhn fails, because some UnionPay cards do not follow it', () => {
    expect(parseBankCard('6200000000000006')).toEqual({
      ok: true,
      value: { normalized: '6200000000000006', isUnionPay: true },
      warnings: [LUHN_WARNING],
    });
  });

  it('flags the 81 UnionPay range and not co-branded 4/5 cards', () => {
    const eightyOne = parseBankCard('8100000000000002');
    const visa = parseBankCard('4111111111111111');
    expect(eightyOne).toEqual({
      ok: true,
      value: { normalized: '8100000000000002', isUnionPay: true },
      warnings: [],
    });
    expect(visa.ok && visa.value.isUnionPay).toBe(false);
  });

  it.each(['', '620000000000000', '62000000000000000000', '6200a00000000005', '6200_0000_0000_0005'])(
    'rejects %j',
    (input) => {
      expect(parseBankCard(input)).toEqual({
        ok: false,
        code: 'BANK_CARD_FORMAT',
        reason: '银行卡号应为16-19位数字',
      });
    },
  );
});
