import type { Page, ReviewDecisionInput, ReviewKind, ReviewRequest, ReviewState } from '@openrecruit/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const REVIEW_PAGE_SIZE = 20;

/** One page of the platform's queue of a kind in a state (GET /api/ops/reviews → Page<ReviewRequest>). */
export function useReviewRequests(kind: ReviewKind, state: ReviewState, page: number) {
  return useQuery({
    queryKey: ['ops', 'reviews', kind, state, page],
    queryFn: () => {
      const params = new URLSearchParams({
        kind,
        state,
        page: String(page),
        pageSize: String(REVIEW_PAGE_SIZE),
      });
      return api.get<Page<ReviewRequest>>(`/api/ops/reviews?${params}`);
    },
  });
}

export function useReviewRequest(id: string | undefined) {
  return useQuery({
    queryKey: ['ops', 'reviews', 'one', id],
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
