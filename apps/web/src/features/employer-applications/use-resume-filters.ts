import {
  APPLICATION_SOURCES,
  EDUCATION_LEVELS,
  type EmployerApplicationQueryInput,
  RESUME_TABS,
  type ResumeTab,
} from '@openrecruit/shared';
import { useSearchParams } from 'react-router';

export const PAGE_SIZES = [10, 20, 50];
export const FILTER_KEYS = ['jobId', 'source', 'education', 'from', 'to', 'withdrawn'] as const;

/** A change to the address: `undefined` or '' removes the parameter. */
export type ResumeParamChanges = Record<string, string | number | undefined>;

/** ?tab= takes the code or the seed's word (首页's 待查看简历 links to ?tab=未处理). */
function tabOf(value: string | null): ResumeTab {
  return RESUME_TABS.find((tab) => tab.code === value || tab.label === value)?.code ?? 'unprocessed';
}

const isCode = <T extends string>(list: readonly { code: T }[], value: string | null): value is T =>
  list.some((item) => item.code === value);

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * 简历管理's tab, page, 筛选 and open resume live in the address, so a link (首页's 待查看简历) or a
 * reload shows the same list. Unknown values are dropped rather than sent to the server.
 */
export function useResumeFilters() {
  const [params, setParams] = useSearchParams();
  const tab = tabOf(params.get('tab'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = PAGE_SIZES.includes(Number(params.get('pageSize'))) ? Number(params.get('pageSize')) : 20;
  const source = params.get('source');
  const education = params.get('education');
  const from = params.get('from');
  const to = params.get('to');
  const query: EmployerApplicationQueryInput = {
    tab,
    page,
    pageSize,
    jobId: params.get('jobId') || undefined,
    source: isCode(APPLICATION_SOURCES, source) ? source : undefined,
    education: isCode(EDUCATION_LEVELS, education) ? education : undefined,
    appliedFrom: from && DAY.test(from) ? from : undefined,
    appliedTo: to && DAY.test(to) ? to : undefined,
    includeWithdrawn: params.get('withdrawn') === '1' ? 'true' : undefined,
  };
  const filtering = FILTER_KEYS.some((key) => params.get(key));

  /** Any change but paging itself goes back to page 1; opening a resume replaces the entry. */
  const go = (changes: ResumeParamChanges, resetPage = true) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        if (resetPage && !('page' in changes)) next.delete('page');
        return next;
      },
      { replace: 'application' in changes },
    );
  };

  return {
    query,
    tab,
    page,
    pageSize,
    filtering,
    go,
    openId: params.get('application') ?? undefined,
    open: (id: string | undefined) => go({ application: id }, false),
    clearFilters: () => go(Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined]))),
  };
}
