import {
  APPLICATION_PAGE_SIZE,
  type ApplicationList as ApplicationListSchema,
  type ApplyResult as ApplyResultSchema,
  type Conversation as ConversationSchema,
} from '@openrecruit/shared';
import {
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import type { z } from 'zod';
import { api } from '../../lib/api';
import { nextPageOf } from '../../lib/paging';
import { favouriteKeys } from '../favourites/api';
import { jobKeys } from '../jobs/api';
import { notificationSummaryKey } from '../realtime/api';

// 我的应聘 and its 通知 dialogue (apps/server/src/modules/applications).
export type ApplicationList = z.infer<typeof ApplicationListSchema>;
export type ApplyResult = z.infer<typeof ApplyResultSchema>;
export type Conversation = z.infer<typeof ConversationSchema>;
export type ApplicationListKind = 'current' | 'history';

export const applicationKeys = {
  all: ['seeker', 'applications'] as const,
  lists: ['seeker', 'applications', 'list'] as const,
  list: (kind: ApplicationListKind) => ['seeker', 'applications', 'list', kind] as const,
  /** The places used and left, for 我要应聘 on a job's page. */
  quota: ['seeker', 'applications', 'quota'] as const,
  conversation: (id: string) => ['seeker', 'applications', 'conversation', id] as const,
};

const path = (id: string) => `/api/seeker/applications/${encodeURIComponent(id)}`;

export const applicationsApi = {
  apply: (jobId: string, acknowledgeWarnings: boolean) =>
    api.post<ApplyResult>('/api/seeker/applications', { jobId, acknowledgeWarnings }),
  list: (kind: ApplicationListKind, page: number, pageSize = APPLICATION_PAGE_SIZE) =>
    api.get<ApplicationList>(`/api/seeker/applications?list=${kind}&page=${page}&pageSize=${pageSize}`),
  withdraw: (id: string) => api.post(`${path(id)}/withdraw`),
  conversation: (id: string) => api.get<Conversation>(`${path(id)}/conversation`),
  sendMessage: (id: string, body: string) => api.post(`${path(id)}/messages`, { body }),
  answerInterview: (id: string, attend: boolean) => api.post(`${path(id)}/interview/answer`, { attend }),
  interviewCalendarUrl: (id: string) => `${path(id)}/interview.ics`,
};

/** After applying, withdrawing or answering: everything that shows an application's state. */
export function refreshApplications(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
    queryClient.invalidateQueries({ queryKey: notificationSummaryKey }),
    queryClient.invalidateQueries({ queryKey: jobKeys.details }),
    queryClient.invalidateQueries({ queryKey: favouriteKeys.all }),
  ]);
}

/** One of the two lists, page after page as the seeker scrolls (issue 9: the history has no end). */
export function useApplicationList(kind: ApplicationListKind) {
  return useInfiniteQuery({
    queryKey: applicationKeys.list(kind),
    queryFn: ({ pageParam }) => applicationsApi.list(kind, pageParam),
    initialPageParam: 1,
    getNextPageParam: nextPageOf,
  });
}

/** How many places are used and left (seed 000 §四.2); every page says it, so one row is enough. */
export function useApplicationQuota() {
  return useQuery({
    queryKey: applicationKeys.quota,
    queryFn: () => applicationsApi.list('current', 1, 1),
  });
}

export function useConversation(id: string) {
  return useQuery({
    queryKey: applicationKeys.conversation(id),
    queryFn: () => applicationsApi.conversation(id),
  });
}

/** Reading a conversation marks its replies read: the lists' badges and the summary follow. */
export function useRefreshReadState() {
  const queryClient = useQueryClient();
  return useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: applicationKeys.lists });
    void queryClient.invalidateQueries({ queryKey: notificationSummaryKey });
  }, [queryClient]);
}

export function useWithdrawApplication(id: string) {
  return useMutation({ mutationFn: () => applicationsApi.withdraw(id) });
}

export function useAnswerInterview(id: string) {
  return useMutation({ mutationFn: (attend: boolean) => applicationsApi.answerInterview(id, attend) });
}

export function useSendMessage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => applicationsApi.sendMessage(id, text),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: applicationKeys.conversation(id) });
    },
  });
}
