import {
  EDUCATION_LEVELS,
  type EducationCode,
  type WorkAreaCode,
  type WorkNatureCode,
} from '@openrecruit/shared';
import { DISTRICT_DETAILS, OUT_OF_TOWN_ADDRESSES } from './catalogue/districts';
import { type BusinessLine, INDUSTRY_PROFILES } from './catalogue/industries';
import { SURNAMES } from './catalogue/names';
import {
  AGE_PROFILES,
  EDUCATION_PROFILES,
  GENERIC_DUTIES,
  GENERIC_SKILLS,
  type OccupationSpec,
  occupationByName,
} from './catalogue/occupations';
import * as T from './catalogue/postings';
import { titleFits } from './catalogue/titles';
import { type CompanySeed, streetAddress } from './company-factory';
import type { Random } from './random';

/** The insert fields of `jobs` a generator decides (no id, companyId, state or timestamps). */
export interface JobSeed {
  title: string;
  occupation: string;
  salaryMin: number;
  salaryMax: number;
  headcount: number;
  education: EducationCode | null;
  ageMin: number;
  ageMax: number;
  workNature: WorkNatureCode;
  workArea: WorkAreaCode;
  address: string;
  description: string;
  skills: string;
  probationMonths: number;
  probationSalary: number | null;
  contactName: string;
  contactPhone: string;
  isCampus: boolean;
  publishedAt: Date;
}

export interface GenerateJobsOptions {
  companies: Array<{ id: string; seed: CompanySeed }>;
  total: number;
  random: Random;
  now: Date;
}

interface Employer {
  seed: CompanySeed;
  pool: readonly (readonly [OccupationSpec, number])[];
  /** Title variants that suit this employer's line of business, per occupation name. */
  titles: ReadonlyMap<string, readonly string[]>;
  contacts: string[];
}

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DISTRICT_WEIGHTS = DISTRICT_DETAILS.map((d) => [d, d.weight] as const);

export function generateJobs(options: GenerateJobsOptions): Array<JobSeed & { companyId: string }> {
  const { companies, total, random, now } = options;
  const employers = companies.map(({ seed }): Employer => {
    const line = businessLineOf(seed);
    const pool = (line?.occupations ?? T.OFFICE_POOL).map(
      ([name, w]) => [occupationByName(name), w] as const,
    );
    const teacher = seed.nature === 'public_institution' && 'PQ'.includes(seed.industry);
    const contacts = Array.from({ length: random.int(1, 2) }, () => contactName(random, teacher));
    const lineWord = line?.word ?? '';
    const titles = new Map(pool.map(([o]) => [o.name, o.titles.filter((t) => titleFits(t, lineWord))]));
    return { seed, pool, titles, contacts };
  });
  const quotas = allocate(
    total,
    employers.map(({ seed }) => sizeWeight(random, seed)),
  );
  // Graduates are recruited from September for the following summer (届 = graduation year).
  const local = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
  const cohort = local.getUTCFullYear() + (local.getUTCMonth() >= 8 ? 1 : 0);
  const midnight =
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - SHANGHAI_OFFSET_MS;
  return employers.flatMap((employer, i) =>
    Array.from({ length: quotas[i]! }, () => {
      const job = draftJob(random, employer, cohort);
      // Posted in office hours on one of the last 60 days, never in the future.
      let at = midnight - random.int(0, 58) * DAY_MS + random.int(8 * 60 + 30, 18 * 60) * 60_000;
      if (at > now.getTime()) at -= DAY_MS;
      return { ...job, publishedAt: new Date(at), companyId: companies[i]!.id };
    }),
  );
}

function draftJob(random: Random, employer: Employer, cohort: number): Omit<JobSeed, 'publishedAt'> {
  const { seed, pool, contacts } = employer;
  const campusPool = pool.filter(([occupation]) => occupation.tags?.includes('campus'));
  const isCampus = campusPool.length > 0 && random.chance(0.1);
  const trainee = !isCampus && campusPool.length > 0 && random.chance(0.035);
  const occupation = random.weighted(isCampus || trainee ? campusPool : pool);
  const tags: readonly string[] = occupation.tags ?? [];
  const title = titleFor(
    random,
    occupation,
    employer.titles.get(occupation.name)!,
    isCampus,
    trainee,
    cohort,
  );

  let workNature: WorkNatureCode = '01';
  if (trainee) workNature = '04';
  else if (tags.includes('insurance') && random.chance(0.85)) workNature = '03';
  else if (seed.nature === 'public_institution' && random.chance(0.75)) workNature = '02';
  else if (tags.includes('community') && 'KNOS'.includes(seed.industry) && random.chance(0.3))
    workNature = '05';

  let education = random.weighted(EDUCATION_PROFILES[occupation.edu]);
  if (isCampus && rank(education) < 3) education = '30';
  const [mins, maxs] = AGE_PROFILES[occupation.age];
  const youngest = isCampus ? random.pick([20, 21, 22]) : trainee ? random.pick([16, 18]) : random.pick(mins);
  // Nobody finishes 大专 before 20 or 本科 before 22.
  const ageMin = Math.max(youngest, T.MIN_AGE_BY_EDUCATION_RANK[rank(education)]!);
  const oldest = isCampus
    ? random.pick([26, 28, 30])
    : trainee
      ? random.pick([25, 30, 35])
      : random.pick(maxs);

  const { salaryMin, salaryMax } = salaryFor(random, occupation, seed, title, isCampus, trainee);
  const probationMonths =
    workNature === '03' || workNature === '04'
      ? 0
      : random.weighted(
          T.PROBATION_MONTHS[workNature === '05' ? 'community' : isCampus ? 'campus' : 'usual'],
        );
  const probationShare = random.pick(T.PROBATION_PAY_SHARES);
  const skills =
    isCampus || trainee ? occupation.skills.filter((s) => !s.includes('年以上')) : occupation.skills;
  const applicant = isCampus ? `，${cohort}届应届毕业生` : trainee ? '，离校未就业青年或应届毕业生' : '';
  const landline = seed.landline;

  return {
    title,
    occupation: occupation.name,
    salaryMin,
    salaryMax,
    headcount: headcountFor(random, occupation, isCampus, trainee),
    education,
    ageMin,
    ageMax: Math.min(Math.max(oldest, ageMin + 5), 65),
    workNature,
    ...placeOf(random, seed, tags, workNature),
    description: numbered(pickLines(random, occupation.duties, GENERIC_DUTIES, random.int(3, 6))),
    skills: numbered([
      T.EDUCATION_PHRASES[education ?? '']! + applicant,
      ...pickLines(
        random,
        skills,
        GENERIC_SKILLS[isManual(occupation) ? 'manual' : 'desk'],
        random.int(2, 4),
      ),
    ]),
    probationMonths,
    probationSalary: probationMonths === 0 ? null : Math.ceil((salaryMin * probationShare) / 100) * 100,
    contactName: random.pick(contacts),
    // Half the postings give the switchboard, the rest a direct line on the same exchange.
    contactPhone: random.chance(0.5)
      ? landline
      : landline.slice(0, 8) + String(random.int(0, 9999)).padStart(4, '0'),
    isCampus,
  };
}

/** The catalogue line an employer belongs to, found again from its name and industry. */
export function businessLineOf(seed: CompanySeed): BusinessLine | undefined {
  const lines = INDUSTRY_PROFILES.find((profile) => profile.code === seed.industry)?.lines ?? [];
  // The longest 行业词 in the name wins, so 养老服务中心 beats a shorter word it contains.
  const matches = lines.filter((line) => seed.name.includes(line.word));
  return matches.sort((a, b) => b.word.length - a.word.length)[0] ?? lines[0];
}

function sizeWeight(random: Random, seed: CompanySeed): number {
  const form = seed.name.includes('集团') ? 4 : seed.name.includes('股份') ? 2 : 1;
  const foreign = seed.nature === 'foreign' || seed.nature === 'joint_venture' ? 1.5 : 1;
  // Capped so that no single employer floods a search for one occupation.
  return Math.min(form * foreign * random.weighted(T.SIZE_CLASSES), 10);
}

/** Splits `total` by weight (largest remainder), at least one posting each when there are enough. */
function allocate(total: number, weights: number[]): number[] {
  const base = total >= weights.length ? 1 : 0;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (w / sum) * (total - base * weights.length) : 0));
  const quotas = exact.map((x) => base + Math.floor(x));
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const left = total - quotas.reduce((a, b) => a + b, 0);
  for (let k = 0; k < left; k++) quotas[order[k % order.length]![1]]! += 1;
  return quotas;
}

function titleFor(
  random: Random,
  occupation: OccupationSpec,
  variants: readonly string[],
  campus: boolean,
  trainee: boolean,
  cohort: number,
): string {
  const name = occupation.name;
  if (campus && occupation.campusTitles && random.chance(0.6)) return random.pick(occupation.campusTitles);
  if (campus)
    return random.pick([`${cohort}届校园招聘-${name}`, `${name}（${cohort}届应届生）`, `${name}（校招）`]);
  if (trainee) return random.pick([`见习${name}`, `${name}（见习岗位）`, `${name}见习生`]);
  const title = variants.length === 0 || random.chance(0.35) ? name : random.pick(variants);
  if (title.includes('（')) return title;
  if (occupation.tags?.includes('shift') && random.chance(0.2)) return title + random.pick(T.SHIFT_SUFFIXES);
  return random.chance(0.04) ? `${title}（急聘）` : title;
}

function salaryFor(
  random: Random,
  occupation: OccupationSpec,
  seed: CompanySeed,
  title: string,
  campus: boolean,
  trainee: boolean,
): { salaryMin: number; salaryMax: number } {
  if (trainee) {
    const salaryMin = random.pick(T.TRAINEE_ALLOWANCES);
    return { salaryMin, salaryMax: salaryMin + random.pick([0, 500, 1000, 1500]) };
  }
  // Foreign-invested firms, groups and senior titles pay above the occupation's going rate.
  const level =
    (seed.nature === 'foreign' || seed.nature === 'joint_venture' ? 1.08 : 1) *
    (seed.name.includes('集团') ? 1.05 : 1) *
    (/^(高级|资深)|厨师长|保安队长|车间主任/.test(title) ? 1.2 : 1);
  let low = occupation.pay[0] * level * (0.92 + random.next() * 0.16);
  let high = occupation.pay[1] * level * (0.92 + random.next() * 0.18);
  if (campus) [low, high] = [Math.min(low * 0.85, 12000), Math.min(high * 0.8, 18000)];
  const salaryMin = roundPay(low);
  return { salaryMin, salaryMax: Math.max(roundPay(high), salaryMin + (salaryMin >= 10000 ? 2000 : 500)) };
}

// Boards quote round numbers: hundreds below 6000, five hundreds below 20000, thousands above.
function roundPay(amount: number): number {
  const step = amount < 6000 ? 100 : amount < 20000 ? 500 : 1000;
  return Math.round(amount / step) * step;
}

function headcountFor(random: Random, occupation: OccupationSpec, campus: boolean, trainee: boolean): number {
  if (trainee) return random.int(1, 5);
  if (campus) return random.weighted(T.HEADCOUNTS.campus);
  if (occupation.tags?.includes('bulk')) return random.weighted(T.HEADCOUNTS.bulk);
  return random.weighted(T.HEADCOUNTS[occupation.pay[0] >= 12000 ? 'senior' : 'usual']);
}

function placeOf(
  random: Random,
  seed: CompanySeed,
  tags: readonly string[],
  workNature: WorkNatureCode,
): { workArea: WorkAreaCode; address: string } {
  const home = { workArea: seed.district, address: seed.address };
  // Institutions, 民非 and community (非正规就业) jobs work where the employer is registered.
  if (seed.nature === 'public_institution' || seed.nature === 'social_organization' || workNature === '05') {
    return home;
  }
  // Shanghai firms also staff plants and branches in the Yangtze River Delta (外省市).
  if ('CEFGIJKLM'.includes(seed.industry) && random.chance(0.045)) {
    return { workArea: 'OUT', address: `${random.pick(OUT_OF_TOWN_ADDRESSES)} ${random.int(1, 999)} 号` };
  }
  if ((tags.includes('citywide') && random.chance(0.4)) || random.chance(0.015)) {
    return { workArea: '310000', address: random.pick(T.CITYWIDE_ADDRESSES) };
  }
  if (tags.includes('branch') && random.chance(0.3)) {
    const district = random.weighted(DISTRICT_WEIGHTS);
    return { workArea: district.code, address: streetAddress(random, district.code, 'shop') };
  }
  return home;
}

/** Picks `count` lines in catalogue order, always the first (the main one), topped up from `extra`. */
function pickLines(
  random: Random,
  lines: readonly string[],
  extra: readonly string[],
  count: number,
): string[] {
  const others = random.shuffle(lines.map((_, i) => i).slice(1)).slice(0, count - 1);
  const picked = [0, ...others].filter((i) => i < lines.length).sort((a, b) => a - b);
  const result = picked.map((i) => lines[i]!);
  for (const line of random.shuffle(extra)) if (result.length < count) result.push(line);
  return result;
}

function numbered(lines: string[]): string {
  return lines.map((line, i) => `${i + 1}、${line}${i === lines.length - 1 ? '。' : '；'}`).join('\n');
}

function isManual({ edu, age }: OccupationSpec): boolean {
  return edu === 'none' || edu === 'low' || age === 'labor' || age === 'elder' || age === 'care';
}

function rank(code: EducationCode | null): number {
  return EDUCATION_LEVELS.find((level) => level.code === code)?.rank ?? 0;
}

function contactName(random: Random, teacher: boolean): string {
  const surname = random.weighted(SURNAMES);
  return surname + (teacher && random.chance(0.6) ? '老师' : random.chance(0.6) ? '女士' : '先生');
}
