import { describe, expect, it } from 'vitest';
import { checkSeekerPassword, checkStaffPassword, passwordsMatch } from './password';

const codeOf = (result: { ok: true } | { ok: false; code: string }) => (result.ok ? 'OK' : result.code);

describe('checkSeekerPassword: seed 000 format', () => {
  it('accepts six digits that are not weak', () => {
    expect(checkSeekerPassword('385927')).toEqual({ ok: true, value: '385927', warnings: [] });
  });

  it.each(['12345', '1234567', 'abc123', '12345a', ' 38592', '３８５９２７', ''])(
    'rejects %j',
    (password) => {
      expect(checkSeekerPassword(password)).toEqual({
        ok: false,
        code: 'PASSWORD_FORMAT',
        reason: '密码只能是6位数字',
      });
    },
  );
});

describe('checkSeekerPassword: weak passwords', () => {
  it.each(['000000', '111111', '999999'])('refuses the repeated digit %s', (password) => {
    expect(checkSeekerPassword(password)).toEqual({
      ok: false,
      code: 'PASSWORD_SAME_DIGITS',
      reason: '密码不能是6位相同的数字',
    });
  });

  it.each([
    '123456',
    '012345',
    '456789',
    '654321',
    '987654',
    '543210',
    '890123',
    '901234',
    '789012',
    '109876',
  ])('refuses the straight run %s, wrapping included', (password) => {
    expect(checkSeekerPassword(password)).toEqual({
      ok: false,
      code: 'PASSWORD_SEQUENCE',
      reason: '密码不能是连续的数字，如123456或654321',
    });
  });

  it.each(['121212', '909090', '123123', '520520', '100100'])('refuses the repeated group %s', (password) => {
    expect(checkSeekerPassword(password)).toEqual({
      ok: false,
      code: 'PASSWORD_REPEATED_PATTERN',
      reason: '密码不能是重复的数字组合，如121212或123123',
    });
  });

  it.each(['123457', '124356', '246813', '135790'])('does not over-refuse the near miss %s', (password) => {
    expect(codeOf(checkSeekerPassword(password))).toBe('OK');
  });
});

describe('checkSeekerPassword: personal data', () => {
  it('refuses the last 6 characters of the ID number', () => {
    expect(checkSeekerPassword('010071', { idNumber: '360426199101010071' })).toEqual({
      ok: false,
      code: 'PASSWORD_ID_SUFFIX',
      reason: '密码不能是身份证号的后6位',
    });
    expect(codeOf(checkSeekerPassword('010071'))).toBe('OK');
  });

  it.each([
    ['900101', '1990-01-01'], // YYMMDD, the brief's example
    ['010190', '1990-01-01'], // MMDDYY
    ['150390', '1990-03-15'], // DDMMYY
    ['031590', '1990-03-15'], // MMDDYY
    ['199003', '1990-03-15'], // YYYYMM
  ])('refuses %s for a birth date of %s', (password, birthDate) => {
    expect(checkSeekerPassword(password, { birthDate })).toEqual({
      ok: false,
      code: 'PASSWORD_BIRTH_DATE',
      reason: '密码不能使用出生日期',
    });
  });

  it('reads the birth date from an 18-digit or legacy 15-digit ID number when none is given', () => {
    expect(codeOf(checkSeekerPassword('910101', { idNumber: '360426199101010071' }))).toBe(
      'PASSWORD_BIRTH_DATE',
    );
    expect(codeOf(checkSeekerPassword('197812', { idNumber: '321083197812162119' }))).toBe(
      'PASSWORD_BIRTH_DATE',
    );
    expect(codeOf(checkSeekerPassword('880730', { idNumber: '150102880730303' }))).toBe(
      'PASSWORD_BIRTH_DATE',
    );
  });

  it('accepts a date-like password that is not this person’s birthday', () => {
    expect(codeOf(checkSeekerPassword('900101', { birthDate: '1991-01-01' }))).toBe('OK');
    expect(codeOf(checkSeekerPassword('900101', { birthDate: 'unknown' }))).toBe('OK');
  });
});

describe('checkStaffPassword', () => {
  const rule = '密码须为8-64位，且包含字母、数字、符号中的至少两种';

  it.each(['abcd1234', 'abcdefg!', '1234567!', 'Zhaopin#2024', `a1${'x'.repeat(62)}`, '招聘密码2024abc'])(
    'accepts %j',
    (password) => {
      expect(checkStaffPassword(password)).toEqual({ ok: true, value: password, warnings: [] });
    },
  );

  it('enforces 8 to 64 characters', () => {
    expect(checkStaffPassword('abc1234')).toEqual({ ok: false, code: 'PASSWORD_LENGTH', reason: rule });
    expect(codeOf(checkStaffPassword(`a1${'x'.repeat(63)}`))).toBe('PASSWORD_LENGTH');
  });

  it('needs at least two of letters, digits and symbols', () => {
    expect(checkStaffPassword('abcdefgh')).toEqual({ ok: false, code: 'PASSWORD_CHARSET', reason: rule });
    expect(codeOf(checkStaffPassword('12345678'))).toBe('PASSWORD_CHARSET');
    expect(codeOf(checkStaffPassword('!@#$%^&*'))).toBe('PASSWORD_CHARSET');
  });

  it('refuses spaces anywhere', () => {
    expect(checkStaffPassword('abcd 1234')).toEqual({
      ok: false,
      code: 'PASSWORD_WHITESPACE',
      reason: '密码不能包含空格',
    });
  });
});

describe('passwordsMatch', () => {
  it('passes when both entries are equal and explains when they are not', () => {
    expect(passwordsMatch('385927', '385927')).toEqual({ ok: true, value: '385927', warnings: [] });
    expect(passwordsMatch('385927', '385928')).toEqual({
      ok: false,
      code: 'PASSWORD_MISMATCH',
      reason: '两次输入的密码不一致',
    });
  });
});
