import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { sessionQueryKey, useSession } from '../../lib/session';
import { applicationKeys } from '../applications/api';
import { jobKeys } from '../jobs/api';
import { INVITATIONS_KEY } from '../talent/api';
import { notificationSummaryKey } from './api';

// GET /api/seeker/events (Server-Sent Events): an employer's reply, an interview notice or
// confirmation, or any change of an application. Each one refetches what shows it, so a reply
// appears in the open conversation and the badges without a reload.
const EVENT_TYPES = ['message', 'interview', 'applications.changed', 'invitations.changed'] as const;

function refreshLiveData(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: applicationKeys.all });
  void queryClient.invalidateQueries({ queryKey: notificationSummaryKey });
  void queryClient.invalidateQueries({ queryKey: INVITATIONS_KEY });
  void queryClient.invalidateQueries({ queryKey: jobKeys.details });
}

/** Mounted once in the seeker app; listens while a seeker is logged in. */
export function SeekerLiveUpdates() {
  const queryClient = useQueryClient();
  const session = useSession('seeker');
  const accountId = session.data?.account.id;
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` reopens the stream after a refusal
  useEffect(() => {
    if (!accountId || typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/seeker/events');
    let connectedBefore = false;
    const refresh = () => refreshLiveData(queryClient);
    for (const type of EVENT_TYPES) source.addEventListener(type, refresh);
    source.addEventListener('open', () => {
      // After a reconnection, events may have been missed while the line was down.
      if (connectedBefore) refresh();
      connectedBefore = true;
    });
    let retry: number | undefined;
    source.addEventListener('error', () => {
      // The browser retries by itself; CLOSED means the server refused: check the session (a 401
      // logs out), and try again later while it lasts.
      if (source.readyState === EventSource.CLOSED) {
        void queryClient.invalidateQueries({ queryKey: sessionQueryKey('seeker') });
        retry = window.setTimeout(() => setAttempt((value) => value + 1), 15_000);
      }
    });
    return () => {
      window.clearTimeout(retry);
      source.close();
    };
  }, [accountId, attempt, queryClient]);

  return null;
}
