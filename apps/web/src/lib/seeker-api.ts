import type {
  ApplicationList as ApplicationListSchema,
  ApplyResult as ApplyResultSchema,
  CompleteSeekerProfileInput,
  Conversation as ConversationSchema,
  FavouriteList as FavouriteListSchema,
  JobDetail,
  PublicJobDetail,
  Resume,
  SearchJobsResult,
  SeekerProfile,
  UpdateResumeInput,
} from '@openrecruit/shared';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from './api';
import { useSession } from './session';

// The seeker's job-search API (packages/shared/src/schemas: seeker-profile, jobs, applications).
// Query keys start with 'seeker' so logging out drops them all (lib/session.ts).

export type ApplicationList = z.infer<typeof ApplicationListSchema>;
export type ApplyResult = z.infer<typeof ApplyResultSchema>;
export type Conversation = z.infer<typeof ConversationSchema>;
export type FavouriteList = z.infer<typeof FavouriteListSchema>;
export type Favourite = FavouriteList['items'][number];
export type NotificationSummary = { unreadReplies: number; newInterviewNotices: number };
export type ApplicationListKind = 'current' | 'history';

/** The search filters as the URL and the API spell them; '' is 不限. */
export type JobFilters = {
  keyword: string;
  education: string;
  age: string;
  workNature: string;
  area: string;
};

export const seekerKeys = {
  all: ['seeker'] as const,
  profile: ['seeker', 'profile'] as const,
  resume: ['seeker', 'resume'] as const,
  jobSearch: (filters: JobFilters) => ['seeker', 'jobs', 'search', filters] as const,
  jobs: ['seeker', 'jobs'] as const,
  job: (id: string) => ['seeker', 'jobs', 'detail', id] as const,
  publicJob: (id: string) => ['public', 'jobs', id] as const,
  applications: ['seeker', 'applications'] as const,
  applicationList: (list: ApplicationListKind) => ['seeker', 'applications', 'list', list] as const,
  conversation: (id: string) => ['seeker', 'applications', 'conversation', id] as const,
  favourites: ['seeker', 'favourites'] as const,
  notifications: ['seeker', 'notifications'] as const,
};

export const seekerApi = {
  profile: () => api.get<SeekerProfile>('/api/seeker/profile'),
  completeProfile: (input: CompleteSeekerProfileInput) =>
    api.post<SeekerProfile>('/api/seeker/profile/complete', input),
  resume: () => api.get<Resume>('/api/seeker/resume'),
  saveResume: (input: UpdateResumeInput) => api.put<Resume>('/api/seeker/resume', input),
  searchJobs: (filters: JobFilters, cursor: string | undefined, signal?: AbortSignal) => {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(filters)) if (value) query.set(name, value);
    if (cursor) query.set('cursor', cursor);
    query.set('limit', '20');
    return api.get<SearchJobsResult>(`/api/seeker/jobs?${query}`, { signal });
  },
  job: (id: string) => api.get<JobDetail>(`/api/seeker/jobs/${encodeURIComponent(id)}`),
  publicJob: (id: string) => api.get<PublicJobDetail>(`/api/public/jobs/${encodeURIComponent(id)}`),
  apply: (jobId: string, acknowledgeWarnings: boolean) =>
    api.post<ApplyResult>('/api/seeker/applications', { jobId, acknowledgeWarnings }),
  applications: (list: ApplicationListKind) =>
    api.get<ApplicationList>(`/api/seeker/applications?list=${list}`),
  withdraw: (id: string) => api.post(`/api/seeker/applications/${encodeURIComponent(id)}/withdraw`),
  conversation: (id: string) =>
    api.get<Conversation>(`/api/seeker/applications/${encodeURIComponent(id)}/conversation`),
  sendMessage: (id: string, body: string) =>
    api.post(`/api/seeker/applications/${encodeURIComponent(id)}/messages`, { body }),
  answerInterview: (id: string, attend: boolean) =>
    api.post(`/api/seeker/applications/${encodeURIComponent(id)}/interview/answer`, { attend }),
  interviewCalendarUrl: (id: string) => `/api/seeker/applications/${encodeURIComponent(id)}/interview.ics`,
  favourites: () => api.get<FavouriteList>('/api/seeker/favourites'),
  addFavourite: (jobId: string) => api.post('/api/seeker/favourites', { jobId }),
  removeFavourite: (jobId: string) => api.delete(`/api/seeker/favourites/${encodeURIComponent(jobId)}`),
  notificationSummary: () => api.get<NotificationSummary>('/api/seeker/notifications/summary'),
};

/** After applying, withdrawing or answering: everything that shows an application's state. */
export function refreshApplications(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: seekerKeys.applications }),
    queryClient.invalidateQueries({ queryKey: seekerKeys.notifications }),
    queryClient.invalidateQueries({ queryKey: ['seeker', 'jobs', 'detail'] }),
    queryClient.invalidateQueries({ queryKey: seekerKeys.favourites }),
  ]);
}

export function useSeekerProfile(enabled = true) {
  return useQuery({ queryKey: seekerKeys.profile, queryFn: seekerApi.profile, enabled });
}

/** Unread replies and new interview notices, for the badges of 招聘 and 我的应聘 (logged in only). */
export function useNotificationSummary() {
  const session = useSession('seeker');
  return useQuery({
    queryKey: seekerKeys.notifications,
    queryFn: seekerApi.notificationSummary,
    enabled: Boolean(session.data),
    staleTime: 30_000,
  });
}
