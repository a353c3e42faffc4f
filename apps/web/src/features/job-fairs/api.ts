import type {
  EmployerJobFair,
  EmployerJobFairPage,
  JobFairInput,
  JobFairRegistration,
  JobFairRegistrationPage,
  PublicJobFairDetail,
  PublicJobFairPage,
  RegisterJobFairInput,
  UniversityJobFairDetail,
  UniversityJobFairPage,
} from '@openrecruit/shared';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '../../lib/api';

// 双选会 (issue 11 item 5): the company's 全部双选会 / 我的报名, the university's 双选会管理, and
// the students' fair pages. The only place these features call the API.

export const EMPLOYER_JOB_FAIRS_KEY = ['employer', 'job-fairs'] as const;
export const UNIVERSITY_JOB_FAIRS_KEY = ['university', 'job-fairs'] as const;
export const PUBLIC_JOB_FAIRS_KEY = ['public', 'job-fairs'] as const;

export const JOB_FAIRS_PAGE_SIZE = 10;

// ---- the company ----

export function useEmployerJobFairs(params: { page: number; when: 'upcoming' | 'past' }) {
  const query = new URLSearchParams({
    page: String(params.page),
    pageSize: String(JOB_FAIRS_PAGE_SIZE),
    when: params.when,
  });
  return useQuery({
    queryKey: [...EMPLOYER_JOB_FAIRS_KEY, 'list', params],
    queryFn: ({ signal }) => api.get<EmployerJobFairPage>(`/api/employer/job-fairs?${query}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useMyJobFairRegistrations(page: number) {
  return useQuery({
    queryKey: [...EMPLOYER_JOB_FAIRS_KEY, 'registrations', page],
    queryFn: ({ signal }) =>
      api.get<JobFairRegistrationPage>(
        `/api/employer/job-fair-registrations?page=${page}&pageSize=${JOB_FAIRS_PAGE_SIZE}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useRegisterJobFair(fairId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RegisterJobFairInput) =>
      api.post<JobFairRegistration>(`/api/employer/job-fairs/${fairId}/registrations`, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: EMPLOYER_JOB_FAIRS_KEY }),
  });
}

export function useWithdrawJobFairRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (registrationId: string) =>
      api.post<JobFairRegistration>(`/api/employer/job-fair-registrations/${registrationId}/withdraw`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: EMPLOYER_JOB_FAIRS_KEY }),
  });
}

export type { EmployerJobFair };

// ---- the university ----

export function useUniversityJobFairs(params: { page: number; when?: 'upcoming' | 'past' }) {
  const query = new URLSearchParams({
    page: String(params.page),
    pageSize: String(JOB_FAIRS_PAGE_SIZE),
    ...(params.when ? { when: params.when } : {}),
  });
  return useQuery({
    queryKey: [...UNIVERSITY_JOB_FAIRS_KEY, 'list', params],
    queryFn: ({ signal }) => api.get<UniversityJobFairPage>(`/api/university/job-fairs?${query}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useUniversityJobFair(fairId: string | undefined) {
  return useQuery({
    queryKey: [...UNIVERSITY_JOB_FAIRS_KEY, 'detail', fairId],
    queryFn: ({ signal }) =>
      api.get<UniversityJobFairDetail>(`/api/university/job-fairs/${fairId}`, { signal }),
    enabled: fairId !== undefined,
  });
}

export function useSaveJobFair() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ fairId, input }: { fairId?: string; input: JobFairInput }) =>
      fairId
        ? api.put<UniversityJobFairDetail>(`/api/university/job-fairs/${fairId}`, input)
        : api.post<UniversityJobFairDetail>('/api/university/job-fairs', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: UNIVERSITY_JOB_FAIRS_KEY }),
  });
}

export function useCancelJobFair() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fairId: string) =>
      api.post<UniversityJobFairDetail>(`/api/university/job-fairs/${fairId}/cancel`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: UNIVERSITY_JOB_FAIRS_KEY }),
  });
}

export function useAssignBooth(fairId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ registrationId, boothId }: { registrationId: string; boothId: string | null }) =>
      api.post<UniversityJobFairDetail>(
        `/api/university/job-fairs/${fairId}/registrations/${registrationId}/booth`,
        { boothId },
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: UNIVERSITY_JOB_FAIRS_KEY }),
  });
}

export function useAutoAssignBooths(fairId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<UniversityJobFairDetail>(`/api/university/job-fairs/${fairId}/auto-assign`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: UNIVERSITY_JOB_FAIRS_KEY }),
  });
}

// ---- the students ----

export function usePublicJobFairs() {
  return useInfiniteQuery({
    queryKey: [...PUBLIC_JOB_FAIRS_KEY, 'list'],
    initialPageParam: 1,
    queryFn: ({ pageParam, signal }) =>
      api.get<PublicJobFairPage>(`/api/public/job-fairs?page=${pageParam}&pageSize=20`, { signal }),
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
}

export function usePublicJobFair(fairId: string | undefined) {
  return useQuery({
    queryKey: [...PUBLIC_JOB_FAIRS_KEY, 'detail', fairId],
    queryFn: ({ signal }) => api.get<PublicJobFairDetail>(`/api/public/job-fairs/${fairId}`, { signal }),
    enabled: fairId !== undefined,
  });
}
