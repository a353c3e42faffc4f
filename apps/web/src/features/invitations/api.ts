import type { SeekerInvitation, SeekerInvitationList } from '@openrecruit/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { seekerKeys } from '../../lib/seeker-api';
import { useSession } from '../../lib/session';

// 我的邀约: /api/seeker/invitations (apps/server/src/modules/talent). Keys start with 'seeker' so
// logging out drops them (lib/session.ts); SeekerLiveUpdates refetches on 'invitations.changed'.
export const INVITATIONS_KEY = ['seeker', 'invitations'] as const;

export function useSeekerInvitations() {
  const session = useSession('seeker');
  return useQuery({
    queryKey: INVITATIONS_KEY,
    queryFn: () => api.get<SeekerInvitationList>('/api/seeker/invitations'),
    enabled: Boolean(session.data?.account),
  });
}

export function useAnswerInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer }: { id: string; answer: 'accept' | 'decline' }) =>
      api.post<SeekerInvitation>(`/api/seeker/invitations/${encodeURIComponent(id)}/${answer}`),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: INVITATIONS_KEY });
      await queryClient.invalidateQueries({ queryKey: seekerKeys.applications });
    },
  });
}
