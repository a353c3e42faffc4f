// 单位规模 (公司设置 > 基本资料, seed 002): the head-count bands job sites use. Codes are our own
// readable slugs, so the stored value never depends on the label's wording.
export const COMPANY_SCALES = [
  { code: 'under_50', label: '少于50人' },
  { code: '50_150', label: '50-150人' },
  { code: '150_500', label: '150-500人' },
  { code: '500_1000', label: '500-1000人' },
  { code: '1000_5000', label: '1000-5000人' },
  { code: '5000_10000', label: '5000-10000人' },
  { code: 'over_10000', label: '10000人以上' },
] as const;

export type CompanyScaleCode = (typeof COMPANY_SCALES)[number]['code'];
