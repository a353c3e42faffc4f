import type { UniversityEntry, UniversityEntryPage } from '@openrecruit/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api';

// 校园招聘 > 入驻高校: every university with the company's entry state, and 入驻 / 重新申请.

export const UNIVERSITY_ENTRIES_KEY = ['employer', 'university-entries'] as const;

export const UNIVERSITY_ENTRIES_PAGE_SIZE = 20;

export function useUniversityEntries(page: number) {
  return useQuery({
    queryKey: [...UNIVERSITY_ENTRIES_KEY, page],
    queryFn: () => {
      const params = new URLSearchParams({
        page: String(page),
        pageSize: String(UNIVERSITY_ENTRIES_PAGE_SIZE),
      });
      return apiRequest<UniversityEntryPage>(`/api/employer/university-entries?${params}`);
    },
  });
}

export function useRequestUniversityEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (universityId: string) =>
      apiRequest<UniversityEntry>(`/api/employer/university-entries/${universityId}`, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: UNIVERSITY_ENTRIES_KEY }),
  });
}
