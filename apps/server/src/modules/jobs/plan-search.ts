import {
  codesOf,
  EDUCATION_LEVELS,
  type SearchJobsQuery,
  SHANGHAI_DISTRICTS,
  WORK_AREAS,
} from '@openrecruit/shared';
import type { z } from 'zod';
import type { Executor } from '../../db/client';
import { sampleTerms, type TermQuery, type TermSample } from './search.repository';
import { ALL_JOBS_TERM, ageTermFor, planKeyword } from './search-terms';

export type SearchFilters = z.output<typeof SearchJobsQuery>;

const CITY_WIDE = '310000';
const OUT_OF_TOWN = 'OUT';
/** Rows read per candidate term to find the rarest: enough to rank them, cheap for any term. */
const SAMPLE_ROWS = 1_000;

export interface SearchPlan {
  query: TermQuery;
  /** The job_pins areas that put a job on top of this search. */
  pinAreas: string[];
}

/**
 * Turns the seeker's choices (seed 000 §三.3; '' or absent = 不限) into a read of ONE term's rows,
 * the rarest term every match must have, with the other conditions checked on each row; or null
 * when one of those terms has no rows, so nothing can match.
 */
export async function planSearch(db: Executor, filters: SearchFilters): Promise<SearchPlan | null> {
  const keyword = planKeyword(filters.keyword);
  const ageTerm = ageTermFor(filters.age);
  const candidates = [
    ...(keyword.kind === 'exact' ? [keyword.term] : keyword.kind === 'verified' ? keyword.bigrams : []),
    ...(ageTerm ? [ageTerm] : []),
  ];
  const term =
    candidates.length > 1 ? await findRarestTerm(db, candidates) : (candidates[0] ?? ALL_JOBS_TERM);
  if (term === null) return null;
  const exact = keyword.kind === 'exact' && term === keyword.term;
  return {
    query: {
      term,
      // Rows of the keyword's own one- or two-character term are matches; any other row is checked.
      verify: keyword.kind === 'none' || exact ? null : keyword.keyword,
      ...filterLists(filters),
      workNature: filters.workNature || null,
      age: filters.age ?? null,
    },
    pinAreas: filters.area === OUT_OF_TOWN ? [OUT_OF_TOWN] : [CITY_WIDE, ...districtOf(filters.area)],
  };
}

/**
 * The areas and education levels to match. 全市 = every Shanghai job; a district = its jobs and the
 * city-wide ones; 外省市 = out of town. A job without an education requirement ('' in the index) is
 * left out when a level is chosen: the seeker asked for jobs asking for that level
 * (docs/decisions/008-job-search.md). The filters index is read column by column (PostgreSQL 15 has
 * no skip scan), so a 不限 before a chosen filter lists every value instead of reading everything.
 */
function filterLists(filters: SearchFilters): Pick<TermQuery, 'workAreas' | 'educations'> {
  let educations: string[] | null = filters.education ? [filters.education] : null;
  if (!educations && filters.workNature) educations = ['', ...codesOf(EDUCATION_LEVELS)];
  let workAreas: string[] | null = null;
  if (filters.area === CITY_WIDE) workAreas = [CITY_WIDE, ...SHANGHAI_DISTRICTS.map((d) => d.code)];
  else if (filters.area === OUT_OF_TOWN) workAreas = [OUT_OF_TOWN];
  else if (filters.area) workAreas = [filters.area, CITY_WIDE];
  else if (educations) workAreas = codesOf(WORK_AREAS);
  return { workAreas, educations };
}

/** The term with the fewest rows; null if one has none. */
async function findRarestTerm(db: Executor, candidates: string[]): Promise<string | null> {
  const samples = await sampleTerms(db, [...new Set(candidates)], SAMPLE_ROWS);
  if (samples.some((sample) => sample.n === 0)) return null;
  return samples.reduce(rarer).term;
}

function rarer(a: TermSample, b: TermSample): TermSample {
  // Fewer rows than the sample: that is the count. Two full samples: the rarer reaches further back.
  if (a.n < SAMPLE_ROWS || b.n < SAMPLE_ROWS) return a.n <= b.n ? a : b;
  return (a.oldest ?? 0) <= (b.oldest ?? 0) ? a : b;
}

function districtOf(area: string | undefined): string[] {
  return area && area !== CITY_WIDE && area !== OUT_OF_TOWN ? [area] : [];
}
