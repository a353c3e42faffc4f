// seed 000 §三.3(2): the seeker app filters on exactly five education levels. No published code list
// exists for them (reference §7), so the codes reuse the first GB/T 4658-2006 group code each level
// starts with; `gbCodes` maps every GB/T 4658 学历代码 into the app level (reference §7 table).
export const EDUCATION_LEVELS = [
  {
    code: '10',
    label: '硕士研究生及以上学历',
    rank: 5,
    gbCodes: ['10', '11', '12', '13', '14', '15', '16', '17', '18', '19'],
  },
  { code: '20', label: '大学本科', rank: 4, gbCodes: ['20', '21', '22', '23', '28'] },
  // GB/T 4658 notes that 大学专科 includes 高等专科 and 高等职业教育 (reference §7), hence “/高职”.
  { code: '30', label: '大学专科/高职', rank: 3, gbCodes: ['30', '31', '32', '33'] },
  // 中等职业教育 (40 group) and 普通高中 (60 group) are peers in the app's single option.
  {
    code: '40',
    label: '高中/中专/技校',
    rank: 2,
    gbCodes: ['40', '41', '42', '43', '44', '45', '46', '47', '48', '49', '60', '61', '62', '63'],
  },
  { code: '70', label: '初中或以下', rank: 1, gbCodes: ['70', '71', '73', '80', '81', '83', '90'] },
] as const;

export type EducationCode = (typeof EDUCATION_LEVELS)[number]['code'];

function rankOf(code: EducationCode): number {
  return EDUCATION_LEVELS.find((level) => level.code === code)?.rank ?? 0;
}

// A job that requires 大学本科 accepts 本科 and above; `null` is the “不限” filter (seed 000 §三.3(6)).
export function meetsEducation(have: EducationCode, required: EducationCode | null): boolean {
  if (required === null) return true;
  return rankOf(have) >= rankOf(required);
}

// Imports from HR systems carry GB/T 4658 codes (e.g. 14 硕士研究生毕业); map them to the app level.
export function educationFromGbCode(gbCode: string): EducationCode | undefined {
  return EDUCATION_LEVELS.find((level) => (level.gbCodes as readonly string[]).includes(gbCode))?.code;
}
