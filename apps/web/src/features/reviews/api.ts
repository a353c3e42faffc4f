import type { Page, ReviewDecisionInput, ReviewKind, ReviewRequest, ReviewState } from '@openrecruit/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const REVIEW_PAGE_SIZE = 20;

/** Whose queue: the platform's (/api/ops/reviews) or the staff member's university's (/api/university/reviews). */
export type ReviewerConsole = 'ops' | 'university';

/** One page of a reviewer's queue of a kind in a state (→ Page<ReviewRequest>). */
export function useReviewRequests(
  reviewer: ReviewerConsole,
  kind: ReviewKind,
  state: ReviewState,
  page: number,
) {
  return useQuery({
    queryKey: [reviewer, 'reviews', kind, state, page],
    queryFn: () => {
      const params = new URLSearchParams({
        kind,
        state,
        page: String(page),
        pageSize: String(REVIEW_PAGE_SIZE),
      });
      return api.get<Page<ReviewRequest>>(`/api/${reviewer}/reviews?${params}`);
    },
  });
}

export function useReviewRequest(reviewer: ReviewerConsole, id: string | undefined) {
  return useQuery({
    queryKey: [reviewer, 'reviews', 'one', id],
    queryFn: () => api.get<ReviewRequest>(`/api/${reviewer}/reviews/${id}`),
    enabled: id !== undefined,
  });
}

export function useDecideReview(reviewer: ReviewerConsole) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: ReviewDecisionInput & { id: string }) =>
      api.post<unknown>(`/api/${reviewer}/reviews/${id}/decision`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [reviewer] }),
  });
}
