import type {
  EmployerJobDetail,
  EmployerJobInput,
  EmployerJobList,
  EmployerJobTab,
  JobPinInput,
  JobPinView,
  JobShare,
  UniversityOption,
} from '@openrecruit/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

// 职位管理 (seed 002) against /api/employer/jobs. Every change refreshes the lists and the job.

export const JOBS_KEY = ['employer', 'jobs'] as const;

export interface JobListParams {
  tab: EmployerJobTab;
  keyword: string;
  page: number;
  pageSize: number;
}

export function useEmployerJobs(params: JobListParams) {
  const query = new URLSearchParams({
    tab: params.tab,
    page: String(params.page),
    pageSize: String(params.pageSize),
    ...(params.keyword ? { keyword: params.keyword } : {}),
  });
  return useQuery({
    queryKey: [...JOBS_KEY, 'list', params],
    queryFn: ({ signal }) => api.get<EmployerJobList>(`/api/employer/jobs?${query}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** Every 招聘中 job (for the 置顶 dialog's job choice), at most 50. */
export function useRecruitingJobOptions(enabled: boolean) {
  return useQuery({
    queryKey: [...JOBS_KEY, 'list', 'recruiting-options'],
    queryFn: () => api.get<EmployerJobList>('/api/employer/jobs?tab=recruiting&pageSize=50'),
    enabled,
  });
}

export function useEmployerJob(id: string | undefined) {
  return useQuery({
    queryKey: [...JOBS_KEY, 'detail', id],
    queryFn: () => api.get<EmployerJobDetail>(`/api/employer/jobs/${id}`),
    enabled: id !== undefined,
  });
}

export function useUniversities(enabled: boolean) {
  return useQuery({
    queryKey: ['public', 'universities'],
    queryFn: () => api.get<UniversityOption[]>('/api/public/universities'),
    enabled,
    staleTime: 10 * 60_000,
  });
}

export function useJobShare(id: string | undefined) {
  return useQuery({
    queryKey: [...JOBS_KEY, 'share', id],
    queryFn: () => api.get<JobShare>(`/api/employer/jobs/${id}/share`),
    enabled: id !== undefined,
    retry: false,
  });
}

function useJobMutation<Input, Output>(request: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: JOBS_KEY }),
  });
}

export const useSaveJob = () =>
  useJobMutation(({ id, input }: { id?: string; input: EmployerJobInput }) =>
    id
      ? api.put<EmployerJobDetail>(`/api/employer/jobs/${id}`, input)
      : api.post<EmployerJobDetail>('/api/employer/jobs', input),
  );

export type JobStateAction = 'offline' | 'republish' | 'delete';

export const useChangeJobState = () =>
  useJobMutation(async ({ id, action }: { id: string; action: JobStateAction }): Promise<void> => {
    if (action === 'delete') await api.delete<{ ok: true }>(`/api/employer/jobs/${id}`);
    else await api.post<EmployerJobDetail>(`/api/employer/jobs/${id}/${action}`);
  });

export const usePinJob = () =>
  useJobMutation(({ id, input }: { id: string; input: JobPinInput }) =>
    api.post<JobPinView>(`/api/employer/jobs/${id}/pins`, input),
  );
