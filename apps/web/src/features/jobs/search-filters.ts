import {
  EDUCATION_LEVELS,
  isCodeOf,
  NOT_LIMITED,
  WORK_AREAS,
  WORK_NATURES,
  withNotLimited,
} from '@openrecruit/shared';
import type { JobFilters } from './api';

// Seed 000 §三.3: the filters, each with 不限 first. They live in the URL (?keyword=技工&age=30...),
// so a job's detail and back, a reload or a shared link bring the same search back; the last search
// is also kept for this tab's session so 职位搜索 reopens on it.

export const EMPTY_FILTERS: JobFilters = { keyword: '', education: '', age: '', workNature: '', area: '' };

export const EDUCATION_OPTIONS = withNotLimited(EDUCATION_LEVELS);
export const WORK_NATURE_OPTIONS = withNotLimited(WORK_NATURES);
export const WORK_AREA_OPTIONS = withNotLimited(WORK_AREAS);
export const AGE_OPTIONS = [
  NOT_LIMITED,
  ...Array.from({ length: 50 }, (_, index) => ({ code: String(index + 16), label: `${index + 16}岁` })),
];

export function filtersFromSearch(search: URLSearchParams): JobFilters {
  const pick = (name: string, valid: (value: string) => boolean) => {
    const value = search.get(name)?.trim() ?? '';
    return valid(value) ? value : '';
  };
  return {
    keyword: (search.get('keyword') ?? '').trim().slice(0, 30),
    education: pick('education', (value) => isCodeOf(EDUCATION_LEVELS, value)),
    age: pick('age', (value) => /^\d{2}$/.test(value) && Number(value) >= 16 && Number(value) <= 65),
    workNature: pick('workNature', (value) => isCodeOf(WORK_NATURES, value)),
    area: pick('area', (value) => isCodeOf(WORK_AREAS, value)),
  };
}

export function searchFromFilters(filters: JobFilters): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) search.set(name, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function hasFilters(filters: JobFilters): boolean {
  return Object.values(filters).some(Boolean);
}

const STORAGE_KEY = 'openrecruit.seeker.job-search';

export function rememberSearch(search: string) {
  try {
    if (search) sessionStorage.setItem(STORAGE_KEY, search);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage off: the URL alone still carries the search.
  }
}

export function rememberedSearch(): string {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

/** The search page with the last filters, for links back to it from elsewhere. */
export function jobSearchPath(): string {
  return `/m/jobs${rememberedSearch()}`;
}
