// seed 000 §三.3(4): the five 工作性质 options of the seeker app's job search, labels verbatim.
// The app publishes no codes, so these are ours and must stay stable once stored.
export const WORK_NATURES = [
  { code: '01', label: '全日制劳动合同' },
  { code: '02', label: '事业单位聘用合同' },
  { code: '03', label: '保险代理人' },
  { code: '04', label: '青年职业见习计划' },
  { code: '05', label: '非正规就业劳动组织用工' },
] as const;

export type WorkNatureCode = (typeof WORK_NATURES)[number]['code'];
