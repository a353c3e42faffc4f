// GB/T 4762-1984 政治面貌代码 (reference §8). `label` is the standard full name; `shortLabel` is the
// standard short name, except 10 and 12 where the standard has none and we use the forms seen in
// practice (九三社员, 无党派人士). Seed 000 §三.2 asks every seeker for this before searching jobs.
export const POLITICAL_STATUSES = [
  { code: '01', label: '中国共产党党员', shortLabel: '中共党员' },
  { code: '02', label: '中国共产党预备党员', shortLabel: '中共预备党员' },
  { code: '03', label: '中国共产主义青年团团员', shortLabel: '共青团员' },
  { code: '04', label: '中国国民党革命委员会会员', shortLabel: '民革会员' },
  { code: '05', label: '中国民主同盟盟员', shortLabel: '民盟盟员' },
  { code: '06', label: '中国民主建国会会员', shortLabel: '民建会员' },
  { code: '07', label: '中国民主促进会会员', shortLabel: '民进会员' },
  { code: '08', label: '中国农工民主党党员', shortLabel: '农工党党员' },
  { code: '09', label: '中国致公党党员', shortLabel: '致公党党员' },
  { code: '10', label: '九三学社社员', shortLabel: '九三社员' },
  { code: '11', label: '台湾民主自治同盟盟员', shortLabel: '台盟盟员' },
  // “无党派人士” formally needs social standing; most people without a party should pick 13 群众.
  { code: '12', label: '无党派民主人士', shortLabel: '无党派人士' },
  { code: '13', label: '群众', shortLabel: '群众' },
] as const;

export type PoliticalStatusCode = (typeof POLITICAL_STATUSES)[number]['code'];
