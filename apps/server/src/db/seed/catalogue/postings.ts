/** Weighted tables that shape a posting (job-factory.ts); [value, weight] pairs. */
type Weighted<T> = readonly (readonly [T, number])[];

// Most posts want one or two people; line work, delivery and care hire by the dozen.
export const HEADCOUNTS: Readonly<Record<'usual' | 'bulk' | 'senior' | 'campus', Weighted<number>>> = {
  usual: [
    [1, 10],
    [2, 8],
    [3, 5],
    [4, 2],
    [5, 3],
    [6, 1],
    [8, 1],
    [10, 1],
  ],
  bulk: [
    [3, 1],
    [5, 3],
    [8, 2],
    [10, 3],
    [15, 2],
    [20, 2],
    [30, 1],
  ],
  senior: [
    [1, 6],
    [2, 3],
    [3, 1],
  ],
  campus: [
    [2, 3],
    [3, 3],
    [5, 3],
    [10, 2],
    [20, 1],
  ],
};

// Months of probation. 劳动合同法 §19 allows up to 6 and none under 3-month contracts; 3 months is
// the usual choice for a 3-year contract, community jobs run on short or informal terms.
export const PROBATION_MONTHS: Readonly<Record<'usual' | 'campus' | 'community', Weighted<number>>> = {
  usual: [
    [0, 1],
    [1, 2],
    [2, 3],
    [3, 6],
    [6, 1],
  ],
  campus: [
    [3, 3],
    [6, 2],
  ],
  community: [
    [0, 6],
    [1, 4],
  ],
};

/** Probation pay as a share of the starting wage; 劳动合同法 §20 sets the floor at 80%. */
export const PROBATION_PAY_SHARES: readonly number[] = [0.8, 0.85, 0.9, 0.95, 1];

/** 青年职业见习 pays a monthly living allowance rather than a wage. */
export const TRAINEE_ALLOWANCES: readonly number[] = [3000, 3200, 3500, 3800, 4000];

/** Relative posting volume of an employer, before its legal form and ownership are applied. */
export const SIZE_CLASSES: Weighted<number> = [
  [0.5, 3],
  [1, 4],
  [2, 2],
  [4, 1],
];

/** Employers of unknown line (e.g. renamed after generation) hire office staff. */
export const OFFICE_POOL: Weighted<string> = [
  ['行政专员', 2],
  ['会计', 1],
  ['销售代表', 2],
  ['客服专员', 1],
];

export const SHIFT_SUFFIXES: readonly string[] = ['（长白班）', '（两班倒）', '（做五休二）', '（包住宿）'];

export const CITYWIDE_ADDRESSES: readonly string[] = [
  '全市各区就近安排',
  '上海市内各服务点就近分配',
  '全市范围（就近安排）',
];

/** First requirement line, by minimum education code ('' = 不限). */
export const EDUCATION_PHRASES: Readonly<Record<string, string>> = {
  '': '学历不限',
  '70': '初中及以上文化程度',
  '40': '高中、中专或技校及以上学历',
  '30': '大专及以上学历',
  '20': '本科及以上学历',
  '10': '硕士研究生及以上学历',
};

/** Youngest plausible applicant by education rank (不限, 初中, 高中, 大专, 本科, 硕士). */
export const MIN_AGE_BY_EDUCATION_RANK: readonly number[] = [16, 16, 18, 20, 22, 24];
