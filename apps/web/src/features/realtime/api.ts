import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useSession } from '../../lib/session';

// The seeker's badges (apps/server/src/modules/realtime): GET /api/seeker/notifications/summary.
export type NotificationSummary = { unreadReplies: number; newInterviewNotices: number };

export const notificationSummaryKey = ['seeker', 'notifications'] as const;

/** Unread replies and new interview notices, for the badges of 招聘 and 我的应聘 (logged in only). */
export function useNotificationSummary() {
  const session = useSession('seeker');
  return useQuery({
    queryKey: notificationSummaryKey,
    queryFn: () => api.get<NotificationSummary>('/api/seeker/notifications/summary'),
    enabled: Boolean(session.data),
    staleTime: 30_000,
  });
}
