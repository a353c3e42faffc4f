// Masking for lists, logs and employer-facing views: an employer sees enough to recognise a seeker
// (surname, last 4 digits) but never the full identifier. The server masks before sending; the web
// only displays. All functions count code points, so rare characters (e.g. 𠮷) count as one.

// Two-character surnames common enough that keeping only the first character would mislabel the
// surname. A few (单于, 钟离, 东方) can also be a one-character surname plus a given name; we then
// show one character more, which is the safe side for a display helper.
export const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '令狐',
  '夏侯',
  '轩辕',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '百里',
  '呼延',
  '澹台',
  '万俟',
  '闻人',
  '赫连',
  '申屠',
  '钟离',
  '太史',
  '公冶',
  '濮阳',
  '单于',
] as const;

const COMPOUND_SET = new Set<string>(COMPOUND_SURNAMES);

function maskMiddle(value: string, keepStart: number, keepEnd: number): string {
  const chars = Array.from(value);
  if (chars.length <= keepStart + keepEnd) return value;
  return (
    chars.slice(0, keepStart).join('') +
    '*'.repeat(chars.length - keepStart - keepEnd) +
    chars.slice(chars.length - keepEnd).join('')
  );
}

// Keep at most 4 characters at each end and never reveal more than half, so an 18-char ID shows
// 3101**********0038 while a 9-char 港澳通行证 H12345678 shows H1*****78 instead of almost all of it.
function maskKeepingEnds(value: string): string {
  const keep = Math.min(4, Math.floor(Array.from(value).length / 4));
  return maskMiddle(value, keep, keep);
}

export function maskIdNumber(idNumber: string): string {
  return maskKeepingEnds(idNumber.trim());
}

export function maskBankCard(cardNumber: string): string {
  return maskKeepingEnds(cardNumber.replace(/[\s-]/g, ''));
}

// 138****0001 is the form Chinese apps and carriers show; other lengths fall back to the ID rule.
export function maskMobile(mobile: string): string {
  const digits = mobile.replace(/[\s-]/g, '').replace(/^(?:\+86|0086)(?=1\d{10}$)/, '');
  return /^1\d{10}$/.test(digits) ? maskMiddle(digits, 3, 4) : maskKeepingEnds(digits);
}

// A two-character name is always surname + given name, so a compound surname needs 3+ characters.
export function surnameOf(name: string): string {
  const chars = Array.from(name.trim());
  const firstTwo = chars.slice(0, 2).join('');
  if (chars.length >= 3 && COMPOUND_SET.has(firstTwo)) return firstTwo;
  return chars[0] ?? '';
}

export function maskName(name: string): string {
  const length = Array.from(name.trim()).length;
  const surname = surnameOf(name);
  return surname + '*'.repeat(length - Array.from(surname).length);
}

// z***@example.com: the first character of the local part, the domain whole (it names the
// mailbox provider, not the person). Anything without an @ is masked like an ID.
export function maskEmail(email: string): string {
  const trimmed = email.trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) return maskKeepingEnds(trimmed);
  const first = Array.from(trimmed.slice(0, at))[0];
  return `${first}***${trimmed.slice(at)}`;
}
