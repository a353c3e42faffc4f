import type {
  CompleteSeekerProfileInput,
  Resume,
  SeekerProfile,
  UpdateResumeInput,
} from '@openrecruit/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../lib/api';
import { jobKeys } from '../jobs/api';

// The seeker's own record: 个人信息 and 我的简历 (apps/server/src/modules/seekers). Every seeker key
// starts with 'seeker' so logging out drops them all (lib/session.ts).
export const seekerKeys = {
  all: ['seeker'] as const,
  profile: ['seeker', 'profile'] as const,
  resume: ['seeker', 'resume'] as const,
};

export const seekerApi = {
  profile: () => api.get<SeekerProfile>('/api/seeker/profile'),
  completeProfile: (input: CompleteSeekerProfileInput) =>
    api.post<SeekerProfile>('/api/seeker/profile/complete', input),
  resume: () => api.get<Resume>('/api/seeker/resume'),
  saveResume: (input: UpdateResumeInput) => api.put<Resume>('/api/seeker/resume', input),
};

export function useSeekerProfile(enabled = true) {
  return useQuery({ queryKey: seekerKeys.profile, queryFn: seekerApi.profile, enabled });
}

export function useResume() {
  return useQuery({ queryKey: seekerKeys.resume, queryFn: seekerApi.resume });
}

/** 学历 and 政治面貌 change what the search shows and what the resume says. */
export function useCompleteProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: seekerApi.completeProfile,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: seekerKeys.profile });
      await queryClient.invalidateQueries({ queryKey: jobKeys.all });
      await queryClient.invalidateQueries({ queryKey: seekerKeys.resume });
    },
  });
}

/** After a refusal such as PROFILE_LOCKED: the profile on screen is out of date. */
export function useRefreshProfile() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: seekerKeys.profile }), [queryClient]);
}
