import { invalid, type Validation, valid } from './result';

export type BankCardInfo = { normalized: string; isUnionPay: boolean };

// Luhn / mod 10 (reference §4, stdnum luhn.py): from the rightmost digit, double every second digit,
// subtract 9 from doubles above 9; valid when the total is a multiple of 10.
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    const weighted = i % 2 === 1 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return sum % 10 === 0;
}

// Seed 000 §一.2-3: registration can verify identity with a bank card, so the number is typed on a
// phone, often in groups of four. Chinese cards are 16-19 digits (reference §4). Some UnionPay cards
// do not follow Luhn, so a failure only warns; the bank channel is the real check.
export function parseBankCard(input: string): Validation<BankCardInfo> {
  const normalized = input.replace(/[\s-]/g, '');
  if (!/^\d{16,19}$/.test(normalized)) return invalid('BANK_CARD_FORMAT', '银行卡号应为16-19位数字');
  const warnings = luhnValid(normalized)
    ? []
    : ['银行卡号未通过校验，请仔细核对；如确认无误可继续，以银行验证结果为准'];
  // UnionPay ranges start 62, newer ones 81 (reference §4, validator.js isCreditCard). Co-branded
  // cards starting 4 or 5 also exist; they are reported as not UnionPay because the prefix can't tell.
  return valid({ normalized, isUnionPay: /^(62|81)/.test(normalized) }, warnings);
}
