import {
  type CampusTalentPage,
  type CreateInvitationInput,
  type DownloadedResumePage,
  type DownloadResult,
  type DownloadResumeInput,
  type EmployerInvitation,
  type EmployerInvitationPage,
  type InvitationState,
  SEEKER_INVITATION_PAGE_SIZE,
  type SeekerInvitation,
  type SeekerInvitationList,
  type TalentOptions,
  type TalentRecommendationPage,
} from '@openrecruit/shared';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, apiRequest } from '../../lib/api';
import { nextPageOf } from '../../lib/paging';
import { useSession } from '../../lib/session';
import { applicationKeys } from '../applications/api';

// Seed 002 人才中心: /api/employer/talent (apps/server/src/modules/talent).
export const TALENT_KEY = ['employer', 'talent'] as const;

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function useTalentOptions() {
  return useQuery({
    queryKey: [...TALENT_KEY, 'options'],
    queryFn: () => apiRequest<TalentOptions>('/api/employer/talent/options'),
  });
}

export function useRecommendations(jobId: string | undefined, page: number) {
  return useQuery({
    queryKey: [...TALENT_KEY, 'recommendations', jobId ?? '', page],
    queryFn: () =>
      apiRequest<TalentRecommendationPage>(`/api/employer/talent/recommendations${query({ jobId, page })}`),
    placeholderData: keepPreviousData,
  });
}

export function useDownloads(page: number) {
  return useQuery({
    queryKey: [...TALENT_KEY, 'downloads', page],
    queryFn: () => apiRequest<DownloadedResumePage>(`/api/employer/talent/downloads${query({ page })}`),
    placeholderData: keepPreviousData,
  });
}

export function useCampusTalents(universityId: string | undefined, page: number) {
  return useQuery({
    queryKey: [...TALENT_KEY, 'campus', universityId ?? '', page],
    queryFn: () =>
      apiRequest<CampusTalentPage>(`/api/employer/talent/campus${query({ universityId, page })}`),
    placeholderData: keepPreviousData,
  });
}

export function useInvitations(state: InvitationState | undefined, page: number) {
  return useQuery({
    queryKey: [...TALENT_KEY, 'invitations', state ?? '', page],
    queryFn: () =>
      apiRequest<EmployerInvitationPage>(`/api/employer/talent/invitations${query({ state, page })}`),
    placeholderData: keepPreviousData,
  });
}

/** 下载 and 邀约 change every talent list (downloaded marks, 已邀约, the records). */
function useTalentMutation<Input, Output>(request: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TALENT_KEY }),
  });
}

export const useDownloadResume = () =>
  useTalentMutation((input: DownloadResumeInput) =>
    apiRequest<DownloadResult>('/api/employer/talent/downloads', { method: 'POST', body: input }),
  );

export const useInviteTalent = () =>
  useTalentMutation((input: CreateInvitationInput) =>
    apiRequest<EmployerInvitation>('/api/employer/talent/invitations', { method: 'POST', body: input }),
  );

// 我的邀约: /api/seeker/invitations (apps/server/src/modules/talent). Keys start with 'seeker' so
// logging out drops them (lib/session.ts); SeekerLiveUpdates refetches on 'invitations.changed'.
export const INVITATIONS_KEY = ['seeker', 'invitations'] as const;

const seekerInvitationKeys = {
  list: [...INVITATIONS_KEY, 'list'] as const,
  pending: [...INVITATIONS_KEY, 'pending'] as const,
};

const seekerInvitationsPath = (page: number, pageSize = SEEKER_INVITATION_PAGE_SIZE) =>
  `/api/seeker/invitations?page=${page}&pageSize=${pageSize}`;

/** 我的邀约, page after page as the seeker scrolls (issue 9). */
export function useSeekerInvitations() {
  const session = useSession('seeker');
  return useInfiniteQuery({
    queryKey: seekerInvitationKeys.list,
    queryFn: ({ pageParam }) => api.get<SeekerInvitationList>(seekerInvitationsPath(pageParam)),
    initialPageParam: 1,
    getNextPageParam: nextPageOf,
    enabled: Boolean(session.data?.account),
  });
}

/** How many invitations wait for an answer (the badge on 用户页面); every page says it. */
export function usePendingInvitationCount(): number {
  const session = useSession('seeker');
  const first = useQuery({
    queryKey: seekerInvitationKeys.pending,
    queryFn: () => api.get<SeekerInvitationList>(seekerInvitationsPath(1, 1)),
    enabled: Boolean(session.data?.account),
  });
  return first.data?.pendingCount ?? 0;
}

export function useAnswerInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer }: { id: string; answer: 'accept' | 'decline' }) =>
      api.post<SeekerInvitation>(`/api/seeker/invitations/${encodeURIComponent(id)}/${answer}`),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: INVITATIONS_KEY });
      await queryClient.invalidateQueries({ queryKey: applicationKeys.all });
    },
  });
}
