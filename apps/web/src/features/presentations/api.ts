import type {
  ApplyPresentationInput,
  Presentation,
  PresentationPage,
  PresentationState,
  UniversityEntryPage,
} from '@openrecruit/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { UNIVERSITY_ENTRIES_KEY } from '../university-entries/api';

// 校园招聘 > 宣讲会 (/api/employer/presentations): the company's applications and 取消.

export const PRESENTATIONS_KEY = ['employer', 'presentations'] as const;
export const PRESENTATIONS_PAGE_SIZE = 10;

export interface PresentationFilters {
  state?: PresentationState;
  universityId?: string;
}

export function usePresentations(page: number, filters: PresentationFilters) {
  return useQuery({
    queryKey: [...PRESENTATIONS_KEY, 'list', page, filters],
    queryFn: () => {
      const params = new URLSearchParams({ page: String(page), pageSize: String(PRESENTATIONS_PAGE_SIZE) });
      if (filters.state) params.set('state', filters.state);
      if (filters.universityId) params.set('universityId', filters.universityId);
      return api.get<PresentationPage>(`/api/employer/presentations?${params}`);
    },
  });
}

export function usePresentation(id: string | undefined) {
  return useQuery({
    queryKey: [...PRESENTATIONS_KEY, 'one', id],
    queryFn: () => api.get<Presentation>(`/api/employer/presentations/${id}`),
    enabled: id !== undefined,
  });
}

export function useApplyPresentation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApplyPresentationInput) =>
      api.post<Presentation>('/api/employer/presentations', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: PRESENTATIONS_KEY }),
  });
}

export function useCancelPresentation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Presentation>(`/api/employer/presentations/${id}/cancel`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: PRESENTATIONS_KEY }),
  });
}

/** A presentation at the staff member's university (宣讲会审核: the approval form's preferred times). */
export function useUniversityPresentation(id: string | undefined) {
  return useQuery({
    queryKey: ['university', 'presentations', id],
    queryFn: () => api.get<Presentation>(`/api/university/presentations/${id}`),
    enabled: id !== undefined,
  });
}

/** The universities the company entered (已入驻): the only ones it may apply at. */
export function useEnteredUniversities() {
  return useQuery({
    queryKey: [...UNIVERSITY_ENTRIES_KEY, 'entered'],
    queryFn: async () => {
      const page = await api.get<UniversityEntryPage>('/api/employer/university-entries?pageSize=100');
      return page.items.filter((entry) => entry.state === 'entered').map((entry) => entry.university);
    },
  });
}
