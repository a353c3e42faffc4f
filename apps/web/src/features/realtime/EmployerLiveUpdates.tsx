import { EMPLOYER_EVENT_TYPES } from '@openrecruit/shared';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { sessionQueryKey, useSession } from '../../lib/session';
import { refreshApplications } from '../employer-applications/api';
import { NOTIFICATIONS_KEY, useNotifications } from '../notifications/api';
import './employer-live.css';

// GET /api/employer/events (Server-Sent Events): the HR person's notifications, and the company's
// new applications, seekers' messages, interview answers, withdrawals and colleagues' changes.
// Each event refetches what shows it, so lists, badges and open conversations stay current.

function refresh(queryClient: QueryClient, type: string) {
  if (type === 'notification') {
    void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
    return;
  }
  // 首页>工作台 counts 待查看简历, 招聘中职位 and 待确认邀约, and shows the 面试夹.
  void queryClient.invalidateQueries({ queryKey: ['employer', 'home'] });
  if (type === 'jobs.changed') {
    void queryClient.invalidateQueries({ queryKey: ['employer', 'jobs'] });
    return;
  }
  if (type === 'invitations.changed')
    void queryClient.invalidateQueries({ queryKey: ['employer', 'talent'] });
  void refreshApplications(queryClient);
}

function refreshAll(queryClient: QueryClient) {
  refresh(queryClient, 'notification');
  refresh(queryClient, 'applications.changed');
  refresh(queryClient, 'jobs.changed');
  refresh(queryClient, 'invitations.changed');
}

/** The header's 消息通知 bell with the unread count; keeps the console live while it is mounted. */
export function EmployerLiveUpdates() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const session = useSession('employer');
  const accountId = session.data?.account.id;
  const notifications = useNotifications();
  const unread = notifications.data?.unread ?? 0;
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` reopens the stream after a refusal
  useEffect(() => {
    if (!accountId || typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/employer/events');
    let connectedBefore = false;
    for (const type of EMPLOYER_EVENT_TYPES) source.addEventListener(type, () => refresh(queryClient, type));
    source.addEventListener('open', () => {
      // After a reconnection, events may have been missed while the line was down.
      if (connectedBefore) refreshAll(queryClient);
      connectedBefore = true;
    });
    let retry: number | undefined;
    source.addEventListener('error', () => {
      // The browser retries by itself; CLOSED means the server refused: check the session (a 401
      // logs out), and try again later while it lasts.
      if (source.readyState === EventSource.CLOSED) {
        void queryClient.invalidateQueries({ queryKey: sessionQueryKey('employer') });
        retry = window.setTimeout(() => setAttempt((value) => value + 1), 15_000);
      }
    });
    return () => {
      window.clearTimeout(retry);
      source.close();
    };
  }, [accountId, attempt, queryClient]);

  const label = unread > 0 ? `消息通知，${unread}条未读` : '消息通知';
  return (
    <Tooltip title={label}>
      <Button
        type="text"
        className="console-header__bell"
        aria-label={label}
        onClick={() => navigate('/employer/home/notifications')}
      >
        <Badge count={unread} size="small" overflowCount={99}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
            />
          </svg>
        </Badge>
      </Button>
    </Tooltip>
  );
}
