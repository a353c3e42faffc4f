import {
  EDUCATION_LEVELS,
  type EducationCode,
  labelOf,
  meetsEducation,
  WORK_AREAS,
} from '@openrecruit/shared';

/** What the matching reads of a resume (talent.repository.ts maps the row). */
export interface MatchCandidate {
  age: number;
  education: EducationCode | null;
  occupations: string[];
  workAreas: string[];
  salaryMin: number | null;
  salaryMax: number | null;
  experienceTitles: string[];
  skills: string[];
}

/** What the matching reads of a recruiting job. */
export interface MatchJob {
  title: string;
  occupation: string;
  education: EducationCode | null;
  ageMin: number;
  ageMax: number;
  workArea: string;
  salaryMin: number;
  salaryMax: number;
  skills: string;
  description: string;
}

export interface TalentMatch {
  score: number;
  reasons: string[];
}

// Words that end half the job titles (经理, 专员, 操作工...): two titles sharing only one of them are
// not the same work, so these pairs of characters do not count towards the likeness.
const GENERIC_PAIRS = new Set([
  '经理',
  '主管',
  '专员',
  '助理',
  '人员',
  '工程',
  '程师',
  '操作',
  '作工',
  '技术',
  '管理',
]);
const RELATED = 0.3;
const SHANGHAI = '310000';

function normalise(text: string): string {
  return text.replace(/[（(].*?[）)]/g, '').replace(/[\s·/、，,]/g, '');
}

function pairsOf(text: string): Set<string> {
  const chars = Array.from(normalise(text));
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i]! + chars[i + 1]!);
  return pairs;
}

/** 0-1: 1 when equal or one contains the other, else the Dice likeness of character pairs. */
export function titleLikeness(a: string, b: string): number {
  const x = normalise(a);
  const y = normalise(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  if (x.length >= 2 && y.length >= 2 && (x.includes(y) || y.includes(x))) return 0.9;
  const pa = [...pairsOf(x)].filter((p) => !GENERIC_PAIRS.has(p));
  const pb = new Set([...pairsOf(y)].filter((p) => !GENERIC_PAIRS.has(p)));
  if (pa.length === 0 || pb.size === 0) return 0;
  const shared = pa.filter((p) => pb.has(p)).length;
  return (2 * shared) / (pa.length + pb.size);
}

function bestOf<T>(items: T[], score: (item: T) => number): { item: T; score: number } | undefined {
  let best: { item: T; score: number } | undefined;
  for (const item of items) {
    const value = score(item);
    if (!best || value > best.score) best = { item, score: value };
  }
  return best;
}

const areaLabel = (code: string) => labelOf(WORK_AREAS, code) ?? code;

/**
 * How well a recommended resume fits a job (seed 002 人才推荐), with the reasons in the console's
 * words. Null when nothing in the resume concerns the job's work: the intended occupation, a past
 * job title or a skill the posting asks for.
 */
export function matchTalent(candidate: MatchCandidate, job: MatchJob): TalentMatch | null {
  const reasons: string[] = [];
  let score = 0;
  let relevant = false;

  const occupation = bestOf(candidate.occupations, (o) =>
    Math.max(titleLikeness(o, job.title), titleLikeness(o, job.occupation)),
  );
  if (occupation && occupation.score >= RELATED) {
    relevant = true;
    score += Math.round(20 + 30 * occupation.score);
    reasons.push(`求职意向“${occupation.item}”与职位“${job.title}”相符`);
  }
  const experience = bestOf(candidate.experienceTitles, (t) =>
    Math.max(titleLikeness(t, job.title), titleLikeness(t, job.occupation)),
  );
  if (experience && experience.score >= RELATED) {
    relevant = true;
    score += 10;
    reasons.push(`有“${experience.item}”相关工作经历`);
  }
  const postingText = `${job.skills}${job.description}`;
  const skills = candidate.skills.filter((s) => s.length >= 2 && postingText.includes(normalise(s)));
  if (skills.length > 0) {
    relevant = true;
    score += Math.min(10, skills.length * 5);
    reasons.push(`掌握职位要求的技能“${skills.slice(0, 2).join('”“')}”`);
  }
  if (!relevant) return null;

  if (candidate.workAreas.includes(job.workArea)) {
    score += 20;
    reasons.push(`期望工作地区${areaLabel(job.workArea)}`);
  } else if (candidate.workAreas.includes(SHANGHAI) && /^31\d{4}$/.test(job.workArea)) {
    score += 15;
    reasons.push('期望工作地区全市');
  } else if (job.workArea === SHANGHAI && candidate.workAreas.some((a) => /^31\d{4}$/.test(a))) {
    score += 10;
    reasons.push('职位工作地区为全市');
  }

  if (candidate.education && meetsEducation(candidate.education, job.education)) {
    score += 10;
    if (job.education) reasons.push(`学历${educationWord(candidate.education)}满足要求`);
  } else if (job.education) {
    score -= 20;
  }

  if (candidate.age >= job.ageMin && candidate.age <= job.ageMax) {
    score += 10;
    reasons.push(`年龄${candidate.age}岁符合要求`);
  } else {
    score -= 20;
  }

  const { salaryMin, salaryMax } = candidate;
  if (
    (salaryMin !== null || salaryMax !== null) &&
    (salaryMin ?? 0) <= job.salaryMax &&
    (salaryMax ?? Number.MAX_SAFE_INTEGER) >= job.salaryMin
  ) {
    score += 10;
    reasons.push(`期望薪资${salaryText(salaryMin, salaryMax)}与职位薪资相符`);
  }
  return { score, reasons };
}

/** 大学本科 → 本科, as HR people say it; the other levels keep their label. */
function educationWord(code: EducationCode): string {
  const label = labelOf(EDUCATION_LEVELS, code) ?? '';
  return label === '大学本科' ? '本科' : label;
}

function salaryText(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `${min}-${max}元`;
  return min !== null ? `${min}元以上` : `${max}元以内`;
}
