import type { SeekerVideoInterview } from '@openrecruit/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { sendHeartbeat, VIDEO_INTERVIEWS_KEY } from './api';

const HEARTBEAT_MS = 5_000;

/**
 * The student's presence in the queue and the call: a heartbeat every 5 seconds while `active`
 * (the server holds a silent student's place for the hold window). A page back from the background
 * or the network reports at once and reads the interview again, since timers sleep meanwhile.
 */
export function usePresence(interviewId: string, active: boolean) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!active) return;
    const key = [...VIDEO_INTERVIEWS_KEY, 'one', interviewId];
    const beat = () =>
      sendHeartbeat(interviewId).then(
        (fresh: SeekerVideoInterview) => queryClient.setQueryData(key, fresh),
        () => queryClient.invalidateQueries({ queryKey: key }),
      );
    void beat();
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void beat();
    }, HEARTBEAT_MS);
    const resync = () => {
      if (document.visibilityState !== 'visible') return;
      void beat();
      void queryClient.invalidateQueries({ queryKey: VIDEO_INTERVIEWS_KEY });
    };
    document.addEventListener('visibilitychange', resync);
    window.addEventListener('online', resync);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', resync);
      window.removeEventListener('online', resync);
    };
  }, [interviewId, active, queryClient]);
}
