import { useEffect, useState } from 'react';

/**
 * The server's clock, ticking every second: `serverNow` of the last answer plus the time since it
 * arrived. The slot timer and the no-show countdown count on it, whatever the browser's clock says.
 */
export function useServerClock(serverNow: string | undefined, receivedAt: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const offset = serverNow ? Date.parse(serverNow) - receivedAt : 0;
  return now + offset;
}

/** Seconds from the server's `now` to an instant (negative once past). */
export function secondsUntil(iso: string | null | undefined, now: number): number | null {
  return iso ? Math.round((Date.parse(iso) - now) / 1000) : null;
}
