import type {
  AddToInterviewFolderInput,
  AddToInterviewFolderResult,
  CreateInterviewSessionInput,
  EmployerApplicationList,
  EmployerCalendar,
  EmployerDashboard,
  EmployerTodo,
  EmployerTodoInput,
  EmployerTodoKind,
  EmployerTodoPage,
  InterviewFolderPage,
  InterviewSessionDetail,
  InterviewSessionPage,
  NotifyInterviewSessionResult,
  UniversityOption,
} from '@openrecruit/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

// Seed 002 首页: 工作台, 面试安排 and 校招日历/待办事项 (server: modules/employer-interviews).
export const HOME_KEY = ['employer', 'home'] as const;
const keys = {
  dashboard: [...HOME_KEY, 'dashboard'] as const,
  folder: (page: number) => [...HOME_KEY, 'folder', page] as const,
  sessions: (page: number) => [...HOME_KEY, 'sessions', page] as const,
  session: (id: string) => [...HOME_KEY, 'session', id] as const,
  calendar: (from: string, to: string) => [...HOME_KEY, 'calendar', from, to] as const,
  todos: (kind: string, status: string, page: number) => [...HOME_KEY, 'todos', kind, status, page] as const,
};

export const useDashboard = () =>
  useQuery({
    queryKey: keys.dashboard,
    queryFn: () => api.get<EmployerDashboard>('/api/employer/dashboard'),
  });

export const useInterviewFolder = (page: number, pageSize = 10) =>
  useQuery({
    queryKey: keys.folder(page),
    queryFn: () =>
      api.get<InterviewFolderPage>(`/api/employer/interview-folder?page=${page}&pageSize=${pageSize}`),
    placeholderData: keepPreviousData,
  });

/** Every 面试夹 row (the 新增面试 form lists them to pick from; a folder holds tens, not thousands). */
export const useWholeInterviewFolder = (enabled: boolean) =>
  useQuery({
    queryKey: [...HOME_KEY, 'folder', 'all'],
    queryFn: async () => {
      const first = await api.get<InterviewFolderPage>('/api/employer/interview-folder?page=1&pageSize=50');
      const pages = Math.min(Math.ceil(first.total / 50), 10);
      const rest = await Promise.all(
        Array.from({ length: Math.max(pages - 1, 0) }, (_, i) =>
          api.get<InterviewFolderPage>(`/api/employer/interview-folder?page=${i + 2}&pageSize=50`),
        ),
      );
      return [first, ...rest].flatMap((page) => page.items);
    },
    enabled,
  });

export const useInterviewSessions = (page: number, pageSize = 10) =>
  useQuery({
    queryKey: keys.sessions(page),
    queryFn: () =>
      api.get<InterviewSessionPage>(`/api/employer/interview-sessions?page=${page}&pageSize=${pageSize}`),
    placeholderData: keepPreviousData,
  });

export const useInterviewSession = (id: string | undefined) =>
  useQuery({
    queryKey: keys.session(id ?? ''),
    queryFn: () => api.get<InterviewSessionDetail>(`/api/employer/interview-sessions/${id}`),
    enabled: id !== undefined,
  });

/** The company's resumes (简历管理's list), to fill the 面试夹 from. */
export const useCompanyApplications = (page: number, enabled: boolean) =>
  useQuery({
    queryKey: ['employer', 'applications', 'for-folder', page],
    queryFn: () => api.get<EmployerApplicationList>(`/api/employer/applications?page=${page}&pageSize=10`),
    enabled,
    placeholderData: keepPreviousData,
  });

export const useUniversities = (enabled: boolean) =>
  useQuery({
    queryKey: ['public', 'universities'],
    queryFn: () => api.get<UniversityOption[]>('/api/public/universities'),
    enabled,
    staleTime: 600_000,
  });

export const useCalendar = (from: string, to: string) =>
  useQuery({
    queryKey: keys.calendar(from, to),
    queryFn: () => api.get<EmployerCalendar>(`/api/employer/calendar?from=${from}&to=${to}`),
    placeholderData: keepPreviousData,
  });

export const useTodos = (kind: EmployerTodoKind | 'all', status: 'open' | 'completed', page: number) =>
  useQuery({
    queryKey: keys.todos(kind, status, page),
    queryFn: () =>
      api.get<EmployerTodoPage>(
        `/api/employer/todos?status=${status}&page=${page}&pageSize=8${kind === 'all' ? '' : `&kind=${kind}`}`,
      ),
    placeholderData: keepPreviousData,
  });

/** Any change on 首页 refreshes the whole of it (the numbers, lists and calendar depend on each other). */
function useHomeMutation<Input, Output>(request: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSettled: () => queryClient.invalidateQueries({ queryKey: HOME_KEY }),
  });
}

export const useAddToFolder = () =>
  useHomeMutation((input: AddToInterviewFolderInput) =>
    api.post<AddToInterviewFolderResult>('/api/employer/interview-folder', input),
  );

export const useRemoveFromFolder = () =>
  useHomeMutation((applicationId: string) =>
    api.delete<{ ok: true }>(`/api/employer/interview-folder/${applicationId}`),
  );

export const useCreateSession = () =>
  useHomeMutation((input: CreateInterviewSessionInput) =>
    api.post<InterviewSessionDetail>('/api/employer/interview-sessions', input),
  );

/** One batch of 一键通知; the page refreshes once the whole run is over. */
export const notifyBatch = (sessionId: string, applicationIds: string[]) =>
  api.post<NotifyInterviewSessionResult>(`/api/employer/interview-sessions/${sessionId}/notify`, {
    applicationIds,
  });

export const useRefreshHome = () => {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: HOME_KEY });
};

export const useSaveTodo = () =>
  useHomeMutation(({ id, ...input }: EmployerTodoInput & { id?: string }) =>
    id
      ? api.put<EmployerTodo>(`/api/employer/todos/${id}`, input)
      : api.post<EmployerTodo>('/api/employer/todos', input),
  );

export const useCompleteTodo = () =>
  useHomeMutation((id: string) => api.post<EmployerTodo>(`/api/employer/todos/${id}/complete`));

export const useDeleteTodo = () =>
  useHomeMutation((id: string) => api.delete<{ ok: true }>(`/api/employer/todos/${id}`));
