import { invalid, type Validation, valid } from './result';

// Like every validator here, contact parsers return { normalized }: the form that gets stored and
// compared (e.g. one account per mobile number, seed 000 §一.3).
export type NormalizedContact = { normalized: string };

// Mobile numbers are 11 digits, 13x-19x (reference §5, hutool RegexPool.MOBILE). validator.js also
// admits the reserved 92x/98x segments; we do not, since no subscriber holds one.
export function parseMobile(input: string): Validation<NormalizedContact> {
  const compact = input.replace(/[\s-]/g, '');
  const number = /^(?:\+86|0086|86)?(\d{11})$/.exec(compact)?.[1] ?? compact;
  if (!/^1[3-9]\d{9}$/.test(number)) return invalid('MOBILE_FORMAT', '手机号应为11位数字，以13-19开头');
  return valid({ normalized: number });
}

// Postal codes are 6 digits (reference §5). We keep the plain rule rather than validator.js's
// per-province prefix list, which would need maintenance for no real benefit.
export function parsePostcode(input: string): Validation<NormalizedContact> {
  const code = input.trim();
  if (!/^\d{6}$/.test(code)) return invalid('POSTCODE_FORMAT', '邮政编码应为6位数字');
  return valid({ normalized: code });
}

// ❓ Shanghai postal codes start with 20 (e.g. 200000); reference §5 marks this as common knowledge.
export function isShanghaiPostcode(code: string): boolean {
  return /^20\d{4}$/.test(code);
}

// Landlines: trunk 0 + area code (010, 02X, or 0XXX) + 7-8 digit local number not starting with 0,
// optional extension (reference §5 suggested regex). People write (021)62345678 or 转 for the
// extension, so those are folded into the dashed form before matching.
const LANDLINE = /^(0(?:10|2\d|[3-9]\d{2}))-?([1-9]\d{6,7})(?:-(\d{1,6}))?$/;

export function parseLandline(input: string): Validation<NormalizedContact> {
  const compact = input
    .replace(/[\s]/g, '')
    .replace(/^[(（](0\d{2,3})[)）]-?/, '$1-')
    .replace(/转/g, '-');
  const match = LANDLINE.exec(compact);
  if (!match) return invalid('LANDLINE_FORMAT', '固定电话格式不正确，应为区号加7-8位号码，如021-62345678');
  const [, areaCode, local, extension] = match;
  return valid({ normalized: `${areaCode}-${local}${extension ? `-${extension}` : ''}` });
}

// Pragmatic e-mail check: one @, a dot-atom local part, and a domain with a 2+ letter TLD. Full
// RFC 5322 admits addresses no Chinese mail provider issues. Every mainstream provider treats the
// address case-insensitively, so lowercasing stops one person registering twice.
const EMAIL_LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const EMAIL_DOMAIN = /^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

export function parseEmail(input: string): Validation<NormalizedContact> {
  const email = input.trim().replace(/＠/g, '@').toLowerCase();
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (
    at < 1 ||
    email.length > 254 ||
    local.length > 64 ||
    !EMAIL_LOCAL.test(local) ||
    !EMAIL_DOMAIN.test(domain)
  ) {
    return invalid('EMAIL_FORMAT', '邮箱地址格式不正确');
  }
  return valid({ normalized: email });
}
