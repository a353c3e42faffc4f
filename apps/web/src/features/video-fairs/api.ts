import type {
  CancelVideoFairInput,
  EmployerVideoFair,
  EmployerVideoFairListQuery,
  EmployerVideoFairPage,
  RegisterVideoFairInput,
  SeekerVideoFairDetail,
  SeekerVideoFairList,
  UniversityVideoFairDetail,
  UniversityVideoFairPage,
  VideoFairInput,
  VideoFairInterviewerOptions,
  VideoFairRegistration,
  VideoFairRegistrationPage,
} from '@openrecruit/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../lib/api';
import { POINTS_KEY } from '../points/api';

// 视频双选会 (issue 13 §2): the university's fairs, the company's 视频双选会 / 我的报名, and the
// students' pages in the app. The only place these features call the API. The live event
// `video-fairs.changed` refetches EMPLOYER_VIDEO_FAIRS_KEY / UNIVERSITY_VIDEO_FAIRS_KEY.

export const EMPLOYER_VIDEO_FAIRS_KEY = ['employer', 'video-fairs'] as const;
export const UNIVERSITY_VIDEO_FAIRS_KEY = ['university', 'video-fairs'] as const;
export const SEEKER_VIDEO_FAIRS_KEY = ['seeker', 'video-fairs'] as const;

export const VIDEO_FAIRS_PAGE_SIZE = 10;

// ---- the university ----

export function useUniversityVideoFairs(page: number) {
  return useQuery({
    queryKey: [...UNIVERSITY_VIDEO_FAIRS_KEY, 'list', page],
    queryFn: ({ signal }) =>
      api.get<UniversityVideoFairPage>(
        `/api/university/video-fairs?page=${page}&pageSize=${VIDEO_FAIRS_PAGE_SIZE}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useUniversityVideoFair(fairId: string | undefined) {
  return useQuery({
    queryKey: [...UNIVERSITY_VIDEO_FAIRS_KEY, 'detail', fairId],
    queryFn: ({ signal }) =>
      api.get<UniversityVideoFairDetail>(`/api/university/video-fairs/${fairId}`, { signal }),
    enabled: Boolean(fairId),
  });
}

export function useSaveVideoFair() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ fairId, input }: { fairId?: string; input: VideoFairInput }) =>
      fairId
        ? api.put<UniversityVideoFairDetail>(`/api/university/video-fairs/${fairId}`, input)
        : api.post<UniversityVideoFairDetail>('/api/university/video-fairs', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: UNIVERSITY_VIDEO_FAIRS_KEY }),
  });
}

export function useCancelVideoFair() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ fairId, input }: { fairId: string; input: CancelVideoFairInput }) =>
      api.post<UniversityVideoFairDetail>(`/api/university/video-fairs/${fairId}/cancel`, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: UNIVERSITY_VIDEO_FAIRS_KEY }),
  });
}

// ---- the company ----

export function useEmployerVideoFairs(params: {
  page: number;
  q?: string;
  phase?: NonNullable<EmployerVideoFairListQuery['phase']>;
}) {
  return useQuery({
    queryKey: [...EMPLOYER_VIDEO_FAIRS_KEY, 'list', params],
    queryFn: ({ signal }) =>
      api.get<EmployerVideoFairPage>(
        `/api/employer/video-fairs${queryString({ ...params, pageSize: VIDEO_FAIRS_PAGE_SIZE })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useEmployerVideoFair(fairId: string | undefined) {
  return useQuery({
    queryKey: [...EMPLOYER_VIDEO_FAIRS_KEY, 'detail', fairId],
    queryFn: ({ signal }) => api.get<EmployerVideoFair>(`/api/employer/video-fairs/${fairId}`, { signal }),
    enabled: Boolean(fairId),
  });
}

export function useInterviewerOptions(enabled: boolean) {
  return useQuery({
    queryKey: [...EMPLOYER_VIDEO_FAIRS_KEY, 'interviewer-options'],
    queryFn: ({ signal }) =>
      api.get<VideoFairInterviewerOptions>('/api/employer/video-fairs/interviewer-options', { signal }),
    enabled,
  });
}

/**
 * 确认报名并支付: `key` is the confirmation's Idempotency-Key (made once per confirmation, reused on
 * a retry), so a double click or a lost answer never registers or pays twice.
 */
export function useRegisterVideoFair(fairId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: RegisterVideoFairInput; key: string }) =>
      api.post<VideoFairRegistration>(`/api/employer/video-fairs/${fairId}/registrations`, input, {
        headers: { 'Idempotency-Key': key },
      }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: EMPLOYER_VIDEO_FAIRS_KEY });
      void queryClient.invalidateQueries({ queryKey: POINTS_KEY });
    },
  });
}

export function useMyVideoFairRegistrations(page: number) {
  return useQuery({
    queryKey: [...EMPLOYER_VIDEO_FAIRS_KEY, 'registrations', page],
    queryFn: ({ signal }) =>
      api.get<VideoFairRegistrationPage>(
        `/api/employer/video-fair-registrations?page=${page}&pageSize=${VIDEO_FAIRS_PAGE_SIZE}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCancelVideoFairRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (registrationId: string) =>
      api.post<VideoFairRegistration>(`/api/employer/video-fair-registrations/${registrationId}/cancel`),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: EMPLOYER_VIDEO_FAIRS_KEY });
      void queryClient.invalidateQueries({ queryKey: POINTS_KEY });
    },
  });
}

// ---- the students ----

export function useSeekerVideoFairs() {
  return useQuery({
    queryKey: [...SEEKER_VIDEO_FAIRS_KEY, 'list'],
    queryFn: ({ signal }) => api.get<SeekerVideoFairList>('/api/seeker/video-fairs', { signal }),
  });
}

export function useSeekerVideoFair(fairId: string | undefined) {
  return useQuery({
    queryKey: [...SEEKER_VIDEO_FAIRS_KEY, 'detail', fairId],
    queryFn: ({ signal }) => api.get<SeekerVideoFairDetail>(`/api/seeker/video-fairs/${fairId}`, { signal }),
    enabled: Boolean(fairId),
  });
}

export function useVideoFairSignup(fairId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (signedUp: boolean) =>
      signedUp
        ? api.delete<SeekerVideoFairDetail>(`/api/seeker/video-fairs/${fairId}/signup`)
        : api.post<SeekerVideoFairDetail>(`/api/seeker/video-fairs/${fairId}/signup`),
    onSuccess: (detail) => queryClient.setQueryData([...SEEKER_VIDEO_FAIRS_KEY, 'detail', fairId], detail),
    onSettled: () => queryClient.invalidateQueries({ queryKey: SEEKER_VIDEO_FAIRS_KEY }),
  });
}
