import type {
  ApplyPresentationInput,
  Presentation,
  PresentationPage,
  PresentationState,
} from '@openrecruit/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

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
