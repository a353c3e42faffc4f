import {
  EDUCATION_LEVELS,
  parseLandline,
  SHANGHAI_DISTRICTS,
  WORK_AREAS,
  WORK_NATURES,
} from '@openrecruit/shared';
import { describe, expect, it } from 'vitest';
import type { jobs as jobsTable } from '../schema';
import { OCCUPATIONS } from './catalogue/occupations';
import { titleFits } from './catalogue/titles';
import { generateCompanies } from './company-factory';
import { businessLineOf, generateJobs } from './job-factory';
import { createRandom } from './random';

const NOW = new Date('2026-11-21T08:00:00Z');
const DAY_MS = 86_400_000;

function build(seed: number) {
  const random = createRandom(seed);
  const companies = generateCompanies(300, random).map((company, i) => ({
    id: `company-${i}`,
    seed: company,
  }));
  return { companies, jobs: generateJobs({ companies, total: 5000, random, now: NOW }) };
}

const started = performance.now();
const { companies, jobs } = build(20261121);
const elapsedMs = performance.now() - started;
const byId = new Map(companies.map((c) => [c.id, c.seed]));
const share = (predicate: (job: (typeof jobs)[number]) => boolean) =>
  jobs.filter(predicate).length / jobs.length;

describe('generateJobs', () => {
  it('generates 300 employers and 5,000 postings well under a second', () => {
    expect(jobs).toHaveLength(5000);
    expect(elapsedMs).toBeLessThan(1000);
  });

  it('gives every employer at least one posting, bigger employers more', () => {
    const counts = new Map<string, number>();
    for (const job of jobs) counts.set(job.companyId, (counts.get(job.companyId) ?? 0) + 1);
    expect(counts.size).toBe(300);
    expect(Math.max(...counts.values())).toBeGreaterThan(3 * Math.min(...counts.values()));
    expect([...counts.keys()].every((id) => byId.has(id))).toBe(true);
  });

  it('keeps every field within the table constraints and the product rules', () => {
    const educations = [null, ...EDUCATION_LEVELS.map((l) => l.code)] as (string | null)[];
    const natures = WORK_NATURES.map((n) => n.code) as string[];
    const areas = WORK_AREAS.map((a) => a.code) as string[];
    // Collected rather than asserted one by one: 5,000 rows × 25 checks, one readable failure list.
    const problems: string[] = [];
    const check = (ok: boolean, what: string, job: (typeof jobs)[number]) => {
      if (!ok) problems.push(`${what}: ${job.title} @ ${byId.get(job.companyId)!.name}`);
    };
    for (const job of jobs) {
      check(
        job.salaryMin >= 3000 && job.salaryMin <= job.salaryMax && job.salaryMax <= 50_000,
        'salary',
        job,
      );
      check(job.ageMin >= 16 && job.ageMin <= job.ageMax && job.ageMax <= 65, 'age', job);
      check(Number.isInteger(job.headcount) && job.headcount >= 1 && job.headcount <= 30, 'headcount', job);
      check(educations.includes(job.education), 'education', job);
      check(natures.includes(job.workNature), 'work nature', job);
      check(areas.includes(job.workArea), 'work area', job);
      check(job.probationMonths >= 0 && job.probationMonths <= 6, 'probation months', job);
      check(
        job.probationMonths === 0
          ? job.probationSalary === null
          : Number.isInteger(job.probationSalary) &&
              job.probationSalary! >= job.salaryMin * 0.8 &&
              job.probationSalary! <= job.salaryMin,
        'probation salary',
        job,
      );
      check(/^.(女士|先生|老师)$/.test(job.contactName), 'contact name', job);
      check(/^021-[1-9]\d{7}$/.test(job.contactPhone) && parseLandline(job.contactPhone).ok, 'phone', job);
      const age = NOW.getTime() - job.publishedAt.getTime();
      check(age >= 0 && age < 60 * DAY_MS, 'published', job);
      check(job.address.length > 0 && job.title.length > 0, 'address/title', job);
      const duties = job.description.split('\n');
      check(duties.length >= 3 && duties.length <= 6, 'duty count', job);
      check(
        duties.every((line, i) => line.startsWith(`${i + 1}、`)),
        'duty numbering',
        job,
      );
      const skills = job.skills.split('\n');
      check(skills.length >= 3 && skills.length <= 5, 'skill count', job);
    }
    expect(problems).toEqual([]);
  });

  it('fits each posting to its employer', () => {
    for (const job of jobs) {
      const company = byId.get(job.companyId)!;
      const line = businessLineOf(company)!;
      expect(company.name).toContain(line.word);
      expect(
        line.occupations.map(([name]) => name),
        `${job.occupation} @ ${company.name}`,
      ).toContain(job.occupation);
      expect(titleFits(job.title, line.word), `${job.title} @ ${company.name}`).toBe(true);
      const district = SHANGHAI_DISTRICTS.find((d) => d.code === job.workArea);
      if (district) expect(job.address.startsWith(district.label), job.address).toBe(true);
      if (job.workNature === '02') expect(company.nature).toBe('public_institution');
      if (job.workNature === '03') expect(job.occupation).toBe('保险销售');
      if (job.workNature === '04') expect(job.title).toContain('见习');
    }
  });

  it('spreads postings over all 16 districts, 全市 and some 外省市', () => {
    const areas = new Set(jobs.map((j) => j.workArea));
    for (const district of SHANGHAI_DISTRICTS) expect(areas).toContain(district.code);
    expect(share((j) => j.workArea === '310000')).toBeGreaterThan(0.03);
    expect(share((j) => j.workArea === 'OUT')).toBeGreaterThan(0.015);
    expect(share((j) => j.workArea === 'OUT')).toBeLessThan(0.05);
  });

  it('covers many occupations and answers the seeker app’s example searches', () => {
    expect(OCCUPATIONS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(jobs.map((j) => j.occupation)).size).toBeGreaterThanOrEqual(60);
    expect(jobs.filter((j) => j.title.includes('技工')).length).toBeGreaterThanOrEqual(100);
    expect(jobs.filter((j) => j.title.includes('销售')).length).toBeGreaterThanOrEqual(100);
    expect(jobs.filter((j) => /Java|CNC|UI|IT/.test(j.title)).length).toBeGreaterThanOrEqual(50);
    expect(new Set(jobs.map((j) => j.title)).size).toBeGreaterThanOrEqual(400);
  });

  it('mixes work natures and marks about one posting in ten as 校招', () => {
    expect(new Set(jobs.map((j) => j.workNature)).size).toBe(5);
    expect(share((j) => j.workNature === '01')).toBeGreaterThan(0.85);
    expect(share((j) => j.isCampus)).toBeGreaterThan(0.07);
    expect(share((j) => j.isCampus)).toBeLessThan(0.13);
    expect(jobs.filter((j) => j.isCampus).every((j) => j.ageMax <= 30)).toBe(true);
  });

  it('is deterministic for a seed', () => {
    expect(build(20261121).jobs).toEqual(jobs);
  });

  it('produces rows the jobs table accepts', () => {
    // Compile-time check: a generated posting is a valid insert as it is.
    const row: typeof jobsTable.$inferInsert = jobs[0]!;
    expect(row.companyId).toBe(jobs[0]!.companyId);
  });
});
