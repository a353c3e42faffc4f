import type { EducationCode } from '@openrecruit/shared';
import { INDUSTRIAL_OCCUPATIONS } from './occupations-industrial';
import { OFFICE_OCCUPATIONS } from './occupations-office';
import { SERVICE_OCCUPATIONS } from './occupations-service';

/** Minimum-education habits of an occupation; see EDUCATION_PROFILES. */
export type EduProfile = 'none' | 'low' | 'mid' | 'college' | 'bachelor' | 'advanced';
/** Typical age window of an occupation; see AGE_PROFILES. */
export type AgeProfile = 'service' | 'labor' | 'young' | 'office' | 'pro' | 'manager' | 'care' | 'elder';

/**
 * bulk: hired by the dozen (line workers, riders); citywide: often posted for 全市 (riders, guards
 * sent to sites); branch: works in a shop or site that may be in another district; campus: open to
 * 应届生 and 见习; community: may be 非正规就业劳动组织用工; insurance: 保险代理人; shift: factory
 * shift patterns belong in the title.
 */
export type OccupationTag = 'bulk' | 'citywide' | 'branch' | 'campus' | 'community' | 'insurance' | 'shift';

export interface OccupationSpec {
  /** 职业名称, what the seeker types into the search box. */
  name: string;
  /** Title variants seen on real boards; the plain name is also used. */
  titles: readonly string[];
  /** Titles for 校园招聘 / 管培生 postings, when the plain pattern would read oddly. */
  campusTitles?: readonly string[];
  /** Typical monthly pay in Shanghai, RMB, [lower, upper] of the advertised range. */
  pay: readonly [number, number];
  edu: EduProfile;
  age: AgeProfile;
  duties: readonly string[];
  skills: readonly string[];
  tags?: readonly OccupationTag[];
}

// Weighted minimum education per profile; null is 不限. Codes are the app's five levels.
export const EDUCATION_PROFILES: Record<EduProfile, readonly (readonly [EducationCode | null, number])[]> = {
  none: [
    [null, 6],
    ['70', 3],
    ['40', 1],
  ],
  low: [
    [null, 2],
    ['70', 4],
    ['40', 4],
  ],
  mid: [
    ['40', 6],
    [null, 1],
    ['30', 2],
  ],
  college: [
    ['30', 6],
    ['40', 2],
    ['20', 2],
  ],
  bachelor: [
    ['20', 7],
    ['30', 3],
  ],
  advanced: [
    ['20', 6],
    ['10', 4],
  ],
};

// [choices for ageMin, choices for ageMax]; every pair stays inside the app's 16–65 range.
export const AGE_PROFILES: Record<AgeProfile, readonly [readonly number[], readonly number[]]> = {
  service: [
    [16, 18, 18, 18, 20],
    [30, 35, 40, 45],
  ],
  labor: [
    [18, 18, 18, 20],
    [40, 45, 45, 50, 55],
  ],
  young: [
    [18, 18, 20],
    [30, 35, 35, 40],
  ],
  office: [
    [20, 22, 22],
    [35, 35, 40, 45],
  ],
  pro: [
    [22, 22, 23, 25],
    [35, 38, 40, 45],
  ],
  manager: [
    [25, 28, 30],
    [40, 45, 50],
  ],
  care: [
    [25, 30, 35],
    [50, 55, 55, 60],
  ],
  elder: [
    [25, 30, 35, 40],
    [55, 58, 60, 60, 65],
  ],
};

export const OCCUPATIONS: readonly OccupationSpec[] = [
  ...INDUSTRIAL_OCCUPATIONS,
  ...SERVICE_OCCUPATIONS,
  ...OFFICE_OCCUPATIONS,
];

const BY_NAME = new Map(OCCUPATIONS.map((occupation) => [occupation.name, occupation]));

export function occupationByName(name: string): OccupationSpec {
  const occupation = BY_NAME.get(name);
  if (!occupation) throw new Error(`Unknown occupation in the seed catalogue: ${name}`);
  return occupation;
}

/** Closing duty lines most Chinese postings end with. */
export const GENERIC_DUTIES: readonly string[] = [
  '完成上级交办的其他工作',
  '遵守公司各项规章制度和安全操作规程',
  '配合部门做好日常管理和协调工作',
];

/** Closing requirement lines, by whether the post is hands-on or desk-based. */
export const GENERIC_SKILLS = {
  manual: ['身体健康，吃苦耐劳，服从工作安排', '有责任心，工作踏实认真', '能适应倒班或节假日轮休'],
  desk: [
    '责任心强，具备良好的沟通能力和团队合作精神',
    '学习能力强，能承受一定的工作压力',
    '工作细致认真，执行力强',
  ],
} as const;
