import type { JoinDecisionInput, JoinRequest, JoinRequestPage } from '@openrecruit/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const JOIN_REQUESTS_PAGE_SIZE = 20;

/** One page of the pending requests (GET /api/employer/join-requests → Page<JoinRequest>). */
export function usePendingJoinRequests(page: number) {
  return useQuery({
    queryKey: ['employer', 'join-requests', 'pending', page],
    queryFn: () => {
      const params = new URLSearchParams({
        state: 'pending',
        page: String(page),
        pageSize: String(JOIN_REQUESTS_PAGE_SIZE),
      });
      return api.get<JoinRequestPage>(`/api/employer/join-requests?${params}`);
    },
  });
}

export function useDecideJoinRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: JoinDecisionInput & { id: string }) =>
      api.post<JoinRequest>(`/api/employer/join-requests/${id}/decision`, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['employer', 'join-requests'] });
      void queryClient.invalidateQueries({ queryKey: ['employer', 'members'] });
    },
  });
}
