import type { ReviewDecisionInput, ReviewKind, ReviewRequest, ReviewState } from '@openrecruit/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export type DictionaryItem = { code: string; label: string };

export function useReviewRequests(kind: ReviewKind, state: ReviewState) {
  return useQuery({
    queryKey: ['ops', 'reviews', kind, state],
    queryFn: async () => {
      const params = new URLSearchParams({ kind, state, pageSize: '100' });
      const answer = await api.get<ReviewRequest[] | { items: ReviewRequest[] }>(
        `/api/ops/reviews?${params}`,
      );
      return Array.isArray(answer) ? answer : answer.items;
    },
  });
}

export function useReviewRequest(id: string | undefined) {
  return useQuery({
    queryKey: ['ops', 'review', id],
    queryFn: () => api.get<ReviewRequest>(`/api/ops/reviews/${id}`),
    enabled: id !== undefined,
  });
}

export function useDecideReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: ReviewDecisionInput & { id: string }) =>
      api.post<unknown>(`/api/ops/reviews/${id}/decision`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ops'] }),
  });
}

export function useDictionaries() {
  return useQuery({
    queryKey: ['dictionaries'],
    queryFn: () => api.get<Record<string, DictionaryItem[]>>('/api/public/dictionaries'),
    staleTime: 5 * 60_000,
  });
}
