import { PROVINCES } from '../enums/province';
import { SHANGHAI_DISTRICTS } from '../enums/work-area';
import { invalid, type Validation, valid } from './result';

export type ResidentIdKind =
  | 'resident'
  | 'hk_resident_permit'
  | 'macau_resident_permit'
  | 'taiwan_resident_permit'
  | 'foreign_permanent';

export type ResidentIdInfo = {
  normalized: string;
  kind: ResidentIdKind;
  birthDate: string;
  sex: 'M' | 'F';
  areaCode: string;
  provinceCode: string;
};

export type ParseResidentIdOptions = { today?: Date; minAge?: number };

// GB 11643-1999 check char, ISO 7064 MOD 11-2: weight i = 2^(17-i) mod 11 (reference §1).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

// 国办发〔2018〕81号 Art. 3: residence permits use address code 810000/820000/830000 (reference §2.1).
const PERMIT_KINDS: Record<string, ResidentIdKind> = {
  '810000': 'hk_resident_permit',
  '820000': 'macau_resident_permit',
  '830000': 'taiwan_resident_permit',
};
const PROVINCE_CODES = new Set<string>(PROVINCES.map((province) => province.code));

// Address codes are frozen when a number is issued, so abolished districts stay valid forever
// (reference §1 practical notes, stdnum loc.dat).
const HISTORICAL_SHANGHAI_AREAS: Record<string, string> = {
  '310103': '卢湾区', // merged into 黄浦区 in 2011
  '310108': '闸北区', // merged into 静安区 in 2015
  '310119': '南汇区', // merged into 浦东新区 in 2009
  '310230': '崇明县', // became 崇明区 (310151) in 2016
};

export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('residentIdCheckChar expects 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

// GB 11643-1989 numbers (6 address + YYMMDD + 3 sequence) were all issued to people born in the
// 1900s, so the century is always 19 (reference §1, hutool 150102880730303 → 150102198807303035).
export function convertLegacyResidentId(id15: string): string {
  const digits = id15.trim();
  if (!/^\d{15}$/.test(digits)) throw new RangeError('convertLegacyResidentId expects 15 digits');
  const first17 = `${digits.slice(0, 6)}19${digits.slice(6)}`;
  return first17 + residentIdCheckChar(first17);
}

// Shanghai has used UTC+8 without daylight saving since 1991, so a fixed offset gives the local
// calendar date without depending on the runtime's time-zone data.
function shanghaiDate(on: Date): string {
  return new Date(on.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

// Completed years on the Shanghai calendar date of `on` (reference §1 age formula): the birthday
// must have been reached, so someone born on 29 February turns a year older on 1 March.
export function ageOn(birthDate: string, on: Date): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) throw new RangeError('ageOn expects YYYY-MM-DD');
  const today = shanghaiDate(on);
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function describeShanghaiArea(areaCode: string): string | undefined {
  const current = SHANGHAI_DISTRICTS.find((district) => district.code === areaCode);
  if (current) return current.label;
  const historical = HISTORICAL_SHANGHAI_AREAS[areaCode];
  return historical ? `${historical}（已撤销）` : undefined;
}

function kindOf(id: string): ResidentIdKind | undefined {
  // The 2023 foreign permanent resident ID uses the same layout and check, led by 9 (reference §1).
  if (id.startsWith('9')) return 'foreign_permanent';
  const permit = PERMIT_KINDS[id.slice(0, 6)];
  if (permit) return permit;
  // HK/Macau residents hold no mainland 公民身份号码; an 8x number is real only as a permit code.
  if (id.startsWith('8')) return undefined;
  return PROVINCE_CODES.has(id.slice(0, 2)) ? 'resident' : undefined;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function parseResidentId(
  input: string,
  options: ParseResidentIdOptions = {},
): Validation<ResidentIdInfo> {
  const id = input.trim().toUpperCase();
  if (/^\d{15}$/.test(id)) return invalid('ID_LEGACY_15', '这是旧版15位身份证号，请输入18位身份证号');
  if (id.length !== 18) return invalid('ID_LENGTH', '身份证号应为18位');
  if (!/^\d{17}[\dX]$/.test(id)) return invalid('ID_FORMAT', '身份证号只能由数字组成，最后一位可以是X');

  const kind = kindOf(id);
  if (!kind) return invalid('ID_PROVINCE', '身份证号前两位地区码不正确');

  const [year, month, day] = [id.slice(6, 10), id.slice(10, 12), id.slice(12, 14)];
  // GB 11643 births start in the 1800s (Annex A example 440524188001010014); reference §1 regex.
  if (!/^(18|19|20)/.test(year) || !isCalendarDate(Number(year), Number(month), Number(day))) {
    return invalid('ID_BIRTH_DATE', '身份证号中的出生日期不正确');
  }
  const birthDate = `${year}-${month}-${day}`;
  const today = options.today ?? new Date();
  if (birthDate > shanghaiDate(today)) return invalid('ID_BIRTH_FUTURE', '身份证号中的出生日期晚于今天');

  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return invalid('ID_CHECKSUM', '身份证号校验位不正确');

  // 劳动法 §15: no hiring under 16 (reference §11); the caller passes the age it enforces.
  if (options.minAge !== undefined && ageOn(birthDate, today) < options.minAge) {
    return invalid('ID_TOO_YOUNG', `未满${options.minAge}周岁，不能注册`);
  }

  return valid({
    normalized: id,
    kind,
    birthDate,
    // GB 11643-1999: the 17th char is the sequence's last digit, odd for men and even for women.
    sex: Number(id[16]) % 2 === 1 ? 'M' : 'F',
    areaCode: id.slice(0, 6),
    // ❓ Chars 2-3 of a foreign permanent ID look like the accepting province (932682… → 32 江苏);
    // no published layout confirms it, so treat this as a hint only.
    provinceCode: kind === 'foreign_permanent' ? id.slice(1, 3) : id.slice(0, 2),
  });
}
