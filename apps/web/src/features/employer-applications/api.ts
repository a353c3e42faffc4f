import type {
  ApplicationJobOption,
  ApplicationMark,
  EmployerApplicationDetail,
  EmployerApplicationList,
  EmployerApplicationQueryInput,
  EmployerApplicationSummary,
  EmployerInterviewResult,
  EmployerThread,
  MarkApplicationsResult,
  Message,
} from '@openrecruit/shared';
import {
  keepPreviousData,
  type QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '../../lib/api';

// 简历管理 (seed 002) against /api/employer/applications. Every key starts with APPLICATIONS_KEY, so
// one invalidation (a change here, or a live event) refreshes the lists, the resume and the thread.

/** 确认面试: 面试时间 (ISO with offset), 面试地点, 单位联系人, 电话, 备注. */
export interface InterviewDetailsInput {
  time: string;
  location: string;
  contactName: string;
  contactPhone: string;
  note: string;
}

export const APPLICATIONS_KEY = ['employer', 'applications'] as const;
export const applicationKeys = {
  list: (query: EmployerApplicationQueryInput) => [...APPLICATIONS_KEY, 'list', query] as const,
  detail: (id: string) => [...APPLICATIONS_KEY, 'detail', id] as const,
  thread: (id: string) => [...APPLICATIONS_KEY, 'thread', id] as const,
  jobOptions: [...APPLICATIONS_KEY, 'job-options'] as const,
};

export function listPath(query: EmployerApplicationQueryInput): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  return `/api/employer/applications?${search}`;
}

export function useApplications(query: EmployerApplicationQueryInput) {
  return useQuery({
    queryKey: applicationKeys.list(query),
    queryFn: () => api.get<EmployerApplicationList>(listPath(query)),
    placeholderData: keepPreviousData,
  });
}

export function useJobOptions() {
  return useQuery({
    queryKey: applicationKeys.jobOptions,
    queryFn: () => api.get<ApplicationJobOption[]>('/api/employer/applications/job-options'),
    staleTime: 60_000,
  });
}

/** Opening a resume marks it viewed on the server: the lists are refreshed once it has loaded. */
export function useApplication(id: string | undefined) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: applicationKeys.detail(id ?? ''),
    enabled: Boolean(id),
    queryFn: async () => {
      const detail = await api.get<EmployerApplicationDetail>(`/api/employer/applications/${id}`);
      void queryClient.invalidateQueries({ queryKey: [...APPLICATIONS_KEY, 'list'] });
      return detail;
    },
    // Each reading is audited: read once per opening, not on focus or reconnect.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}

/**
 * The conversation. A live event refetches it but not the open resume (see refreshApplications),
 * so each reading also patches the resume's state (e.g. the seeker's 参加面试 or 撤销).
 */
export function useThread(id: string | undefined) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: applicationKeys.thread(id ?? ''),
    enabled: Boolean(id),
    queryFn: async () => {
      const thread = await api.get<EmployerThread>(`/api/employer/applications/${id}/thread`);
      patchDetail(queryClient, thread.application);
      return thread;
    },
  });
}

/**
 * Refreshes what shows applications, except an open resume: reading it again would count as another
 * reading of the applicant's contact details (audited), so its cached copy is patched instead.
 */
export function refreshApplications(queryClient: QueryClient) {
  return queryClient.invalidateQueries({
    queryKey: APPLICATIONS_KEY,
    predicate: (query) => query.queryKey[2] !== 'detail',
  });
}

function patchDetail(queryClient: QueryClient, summary: EmployerApplicationSummary) {
  queryClient.setQueryData<EmployerApplicationDetail>(applicationKeys.detail(summary.id), (detail) =>
    detail ? { ...detail, ...summary, seeker: detail.seeker } : detail,
  );
}

function useApplicationsMutation<Input, Output>(request: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (output) => {
      if (output && typeof output === 'object') {
        if ('application' in output)
          patchDetail(queryClient, output.application as EmployerApplicationSummary);
        else if ('markLabel' in output)
          patchDetail(queryClient, output as unknown as EmployerApplicationSummary);
      }
    },
    onSettled: () => refreshApplications(queryClient),
  });
}

export const useMarkApplication = () =>
  useApplicationsMutation(({ id, mark }: { id: string; mark: ApplicationMark | null }) =>
    api.post<EmployerApplicationSummary>(`/api/employer/applications/${id}/mark`, { mark }),
  );

export const useMarkApplications = () =>
  useApplicationsMutation(({ ids, mark }: { ids: string[]; mark: ApplicationMark | null }) =>
    api.post<MarkApplicationsResult>('/api/employer/applications/marks', { ids, mark }),
  );

export const useSendMessage = () =>
  useApplicationsMutation(({ id, body }: { id: string; body: string }) =>
    api.post<Message>(`/api/employer/applications/${id}/messages`, { body }),
  );

export const useSendInterviewNotice = () =>
  useApplicationsMutation(({ id, body }: { id: string; body: string }) =>
    api.post<EmployerInterviewResult>(`/api/employer/applications/${id}/interview`, { body }),
  );

export const useConfirmInterview = () =>
  useApplicationsMutation(({ id, details }: { id: string; details: InterviewDetailsInput }) =>
    api.post<EmployerInterviewResult>(`/api/employer/applications/${id}/interview/confirm`, details),
  );
