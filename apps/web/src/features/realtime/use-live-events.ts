import type { Area } from '@openrecruit/shared';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { sessionQueryKey } from '../../lib/session';

/** What one live event refreshes: the queries that show it refetch (events carry ids only). */
export type LiveRefresh = (queryClient: QueryClient) => void;

/**
 * Listens to GET /api/<area>/events (Server-Sent Events) while `accountId` is signed in. Each event
 * type runs its refresh; the lists come from packages/shared/src/events.ts and the refreshes are a
 * `Record<…EventType, LiveRefresh>`, so a new type cannot go unhandled.
 */
export function useLiveEvents<Type extends string>(
  area: Extract<Area, 'seeker' | 'employer' | 'ops' | 'university'>,
  types: readonly Type[],
  refreshes: Record<Type, LiveRefresh>,
  accountId: string | undefined,
) {
  const queryClient = useQueryClient();
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` reopens the stream after a refusal
  useEffect(() => {
    if (!accountId || typeof EventSource === 'undefined') return;
    const source = new EventSource(`/api/${area}/events`);
    let connectedBefore = false;
    for (const type of types) source.addEventListener(type, () => refreshes[type](queryClient));
    source.addEventListener('open', () => {
      // After a reconnection, events may have been missed while the line was down: refresh all.
      if (connectedBefore)
        for (const refresh of new Set(Object.values<LiveRefresh>(refreshes))) refresh(queryClient);
      connectedBefore = true;
    });
    let retry: number | undefined;
    source.addEventListener('error', () => {
      // The browser retries by itself; CLOSED means the server refused: check the session (a 401
      // logs out), and try again later while it lasts.
      if (source.readyState === EventSource.CLOSED) {
        void queryClient.invalidateQueries({ queryKey: sessionQueryKey(area) });
        retry = window.setTimeout(() => setAttempt((value) => value + 1), 15_000);
      }
    });
    return () => {
      window.clearTimeout(retry);
      source.close();
    };
  }, [area, types, refreshes, accountId, attempt, queryClient]);
}
