import type { JobDetail, PublicJobDetail, SearchJobsResult } from '@openrecruit/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

// 职位搜索 and 职位详情 (apps/server/src/modules/jobs).

/** The search filters as the URL and the API spell them; '' is 不限. */
export type JobFilters = {
  keyword: string;
  education: string;
  age: string;
  workNature: string;
  area: string;
};

export const jobKeys = {
  all: ['seeker', 'jobs'] as const,
  search: (filters: JobFilters) => ['seeker', 'jobs', 'search', filters] as const,
  details: ['seeker', 'jobs', 'detail'] as const,
  detail: (id: string) => ['seeker', 'jobs', 'detail', id] as const,
  publicDetail: (id: string) => ['public', 'jobs', id] as const,
};

export const jobsApi = {
  search: (filters: JobFilters, cursor: string | undefined, signal?: AbortSignal) => {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(filters)) if (value) query.set(name, value);
    if (cursor) query.set('cursor', cursor);
    query.set('limit', '20');
    return api.get<SearchJobsResult>(`/api/seeker/jobs?${query}`, { signal });
  },
  detail: (id: string) => api.get<JobDetail>(`/api/seeker/jobs/${encodeURIComponent(id)}`),
  publicDetail: (id: string) => api.get<PublicJobDetail>(`/api/public/jobs/${encodeURIComponent(id)}`),
};

export function useJobSearch(filters: JobFilters) {
  return useInfiniteQuery({
    queryKey: jobKeys.search(filters),
    queryFn: ({ pageParam, signal }) => jobsApi.search(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 2 * 60_000,
  });
}
