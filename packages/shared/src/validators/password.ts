import { invalid, type Validation, valid } from './result';

export type SeekerPasswordOptions = { idNumber?: string; birthDate?: string };

const STAFF_RULE = '密码须为8-64位，且包含字母、数字、符号中的至少两种';

// A run where every step is +1 or every step is -1 modulo 10. We also refuse the wrapping runs
// (890123, 901234, 109876): on a numeric keypad they are typed as one sweep just like 123456, and
// refusing them costs only 10 of the 1,000,000 possible passwords.
function isStraightRun(digits: string): boolean {
  const step = (Number(digits[1]) - Number(digits[0]) + 10) % 10;
  if (step !== 1 && step !== 9) return false;
  for (let i = 2; i < digits.length; i++) {
    if ((Number(digits[i]) - Number(digits[i - 1]) + 10) % 10 !== step) return false;
  }
  return true;
}

function birthDatesOf(options: SeekerPasswordOptions): string[] {
  const id = options.idNumber?.trim().toUpperCase() ?? '';
  const dates = [options.birthDate ?? ''];
  // GB 11643-1999: chars 7-14 are YYYYMMDD; a legacy 15-digit number has YYMMDD at 7-12.
  if (/^\d{17}[\dX]$/.test(id)) dates.push(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`);
  if (/^\d{15}$/.test(id)) dates.push(`19${id.slice(6, 8)}-${id.slice(8, 10)}-${id.slice(10, 12)}`);
  return dates.filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date));
}

// The forms people derive from a birthday, e.g. for 1990-03-15: 900315, 031590, 150390, 199003.
function birthDateForms(date: string): string[] {
  const [yyyy, mm, dd] = [date.slice(0, 4), date.slice(5, 7), date.slice(8, 10)];
  const yy = yyyy.slice(2);
  return [yy + mm + dd, mm + dd + yy, dd + mm + yy, yyyy + mm];
}

// Seed 000 §一.3 and §八.3: the seeker password is exactly 6 digits, shared with the 12333 site.
// Six digits are guessable, so we also refuse what a mature product refuses: one repeated digit,
// straight runs, repeated pairs/triples, the ID number's last 6 chars and the birth date.
export function checkSeekerPassword(
  password: string,
  options: SeekerPasswordOptions = {},
): Validation<string> {
  if (!/^\d{6}$/.test(password)) return invalid('PASSWORD_FORMAT', '密码只能是6位数字');
  if (/^(\d)\1{5}$/.test(password)) return invalid('PASSWORD_SAME_DIGITS', '密码不能是6位相同的数字');
  if (isStraightRun(password)) return invalid('PASSWORD_SEQUENCE', '密码不能是连续的数字，如123456或654321');
  if (/^(\d\d)\1\1$/.test(password) || /^(\d{3})\1$/.test(password)) {
    return invalid('PASSWORD_REPEATED_PATTERN', '密码不能是重复的数字组合，如121212或123123');
  }
  const id = options.idNumber?.trim().toUpperCase() ?? '';
  if (id.length >= 6 && id.slice(-6) === password) {
    return invalid('PASSWORD_ID_SUFFIX', '密码不能是身份证号的后6位');
  }
  if (birthDatesOf(options).some((date) => birthDateForms(date).includes(password))) {
    return invalid('PASSWORD_BIRTH_DATE', '密码不能使用出生日期');
  }
  return valid(password);
}

// Employer, university, ops and centre accounts reach many seekers' data, so they get a longer
// password: 8-64 characters (code points, so a rare character counts once), at least two of
// letters, digits and symbols. Spaces are refused because they are lost by copy and paste.
export function checkStaffPassword(password: string): Validation<string> {
  if (/\s/.test(password)) return invalid('PASSWORD_WHITESPACE', '密码不能包含空格');
  const length = [...password].length;
  if (length < 8 || length > 64) return invalid('PASSWORD_LENGTH', STAFF_RULE);
  const kinds = [/\p{L}/u, /\d/, /[^\p{L}\d]/u].filter((kind) => kind.test(password)).length;
  if (kinds < 2) return invalid('PASSWORD_CHARSET', STAFF_RULE);
  return valid(password);
}

// Seed 000 §一.3: registration asks for the password twice (输入密码 / 重复密码).
export function passwordsMatch(password: string, repeated: string): Validation<string> {
  return password === repeated ? valid(password) : invalid('PASSWORD_MISMATCH', '两次输入的密码不一致');
}
