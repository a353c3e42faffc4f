import type {
  ApplicationList as ApplicationListSchema,
  ApplyResult as ApplyResultSchema,
  Conversation as ConversationSchema,
} from '@openrecruit/shared';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { z } from 'zod';
import { api } from '../../lib/api';
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
  conversation: (id: string) => ['seeker', 'applications', 'conversation', id] as const,
};

const path = (id: string) => `/api/seeker/applications/${encodeURIComponent(id)}`;

export const applicationsApi = {
  apply: (jobId: string, acknowledgeWarnings: boolean) =>
    api.post<ApplyResult>('/api/seeker/applications', { jobId, acknowledgeWarnings }),
  list: (kind: ApplicationListKind) => api.get<ApplicationList>(`/api/seeker/applications?list=${kind}`),
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

export function useApplicationList(kind: ApplicationListKind) {
  return useQuery({ queryKey: applicationKeys.list(kind), queryFn: () => applicationsApi.list(kind) });
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
