import { describe, expect, it } from 'vitest';
import { isShanghaiPostcode, parseEmail, parseLandline, parseMobile, parsePostcode } from './contact';

const normalizedOf = (result: { ok: true; value: { normalized: string } } | { ok: false }) =>
  result.ok ? result.value.normalized : undefined;

describe('parseMobile (reference §5)', () => {
  it.each([
    ['13523333233', '13523333233'], // validator.js test data
    ['19151751717', '19151751717'], // validator.js test data
    ['138 0000 0001', '13800000001'],
    ['138-0000-0001', '13800000001'],
    ['+86 138 0000 0001', '13800000001'],
    ['008613800000001', '13800000001'],
    ['8613800000001', '13800000001'],
  ])('accepts %j as %s', (input, normalized) => {
    expect(parseMobile(input)).toEqual({ ok: true, value: { normalized }, warnings: [] });
  });

  it.each([
    '12038389438', // validator.js invalid example: second digit 2
    '92012345678', // reserved 92x, admitted by validator.js but not by us
    '98012345678', // reserved 98x
    '+8692012345678',
    '1380000000',
    '138000000012',
    '+8513800000001',
    '',
  ])('rejects %j', (input) => {
    expect(parseMobile(input)).toEqual({
      ok: false,
      code: 'MOBILE_FORMAT',
      reason: '手机号应为11位数字，以13-19开头',
    });
  });
});

describe('parsePostcode and isShanghaiPostcode', () => {
  it('accepts six digits', () => {
    expect(parsePostcode(' 200000 ')).toEqual({ ok: true, value: { normalized: '200000' }, warnings: [] });
    expect(normalizedOf(parsePostcode('100080'))).toBe('100080');
  });

  it.each(['20000', '2000001', '20000a', ''])('rejects %j', (input) => {
    expect(parsePostcode(input)).toEqual({
      ok: false,
      code: 'POSTCODE_FORMAT',
      reason: '邮政编码应为6位数字',
    });
  });

  it('recognises Shanghai codes by their 20 prefix', () => {
    expect(isShanghaiPostcode('200000')).toBe(true);
    expect(isShanghaiPostcode('201203')).toBe(true);
    expect(isShanghaiPostcode('100080')).toBe(false);
  });
});

describe('parseLandline (reference §5)', () => {
  it.each([
    ['021-62345678', '021-62345678'],
    ['02162345678', '021-62345678'],
    ['0731-88888888', '0731-88888888'], // reference example, 长沙
    ['073188888888', '0731-88888888'],
    ['010 6234567', '010-6234567'],
    ['(021)62345678', '021-62345678'],
    ['（021）6234 5678', '021-62345678'],
    ['021-62345678-8001', '021-62345678-8001'],
    ['021-62345678转8001', '021-62345678-8001'],
  ])('accepts %j as %s', (input, normalized) => {
    expect(normalizedOf(parseLandline(input))).toBe(normalized);
  });

  it.each([
    '62345678', // no area code
    '021-02345678', // local number starting with 0
    '021-623456', // too short
    '021-623456789', // too long
    '0731-88888888-1234567', // extension too long
    '13800000001', // a mobile number
  ])('rejects %j', (input) => {
    expect(parseLandline(input)).toEqual({
      ok: false,
      code: 'LANDLINE_FORMAT',
      reason: '固定电话格式不正确，应为区号加7-8位号码，如021-62345678',
    });
  });
});

describe('parseEmail', () => {
  it.each([
    ['zhang.san@example.com', 'zhang.san@example.com'],
    [' Zhang.San+jobs@Example.COM.CN ', 'zhang.san+jobs@example.com.cn'],
    ['12345678@qq.com', '12345678@qq.com'],
    ['hr＠example.com', 'hr@example.com'],
  ])('accepts %j as %s', (input, normalized) => {
    expect(parseEmail(input)).toEqual({ ok: true, value: { normalized }, warnings: [] });
  });

  it.each([
    '',
    'zhangsan',
    '@example.com',
    'zhang san@example.com',
    'zhang..san@example.com',
    '.zhangsan@example.com',
    'zhangsan@example',
    'zhangsan@-example.com',
    'zhang@san@example.com',
    `${'a'.repeat(65)}@example.com`,
  ])('rejects %j', (input) => {
    expect(parseEmail(input)).toEqual({ ok: false, code: 'EMAIL_FORMAT', reason: '邮箱地址格式不正确' });
  });
});
