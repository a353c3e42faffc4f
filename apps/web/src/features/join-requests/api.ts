import type { JoinDecisionInput, JoinRequest } from '@openrecruit/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export function usePendingJoinRequests(enabled: boolean) {
  return useQuery({
    queryKey: ['employer', 'join-requests', 'pending'],
    queryFn: () => api.get<JoinRequest[]>('/api/employer/join-requests?state=pending'),
    enabled,
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
