import type { Area, LoginInput, SessionResult } from '@openrecruit/shared';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ApiError, api, handleUnauthenticated, rememberCsrfToken } from './api';

export const sessionQueryKey = (area: Area) => ['session', area] as const;

// The session cookie is httpOnly, so the page cannot see it. This marker remembers that a login
// happened in this browser: without it every logged-out visit would ask the server and get a 401,
// which the browser logs as a console error. A stale marker costs one 401 and is then removed.
const markerKey = (area: Area) => `openrecruit.signed-in.${area}`;

function markSignedIn(area: Area, signedIn: boolean) {
  try {
    if (signedIn) localStorage.setItem(markerKey(area), '1');
    else localStorage.removeItem(markerKey(area));
  } catch {
    // Private mode without storage: every visit asks the server, which is still correct.
  }
}

function mayBeSignedIn(area: Area): boolean {
  try {
    return localStorage.getItem(markerKey(area)) !== null;
  } catch {
    return true;
  }
}

async function fetchSession(area: Area): Promise<SessionResult | null> {
  if (!mayBeSignedIn(area)) return null;
  try {
    const session = await api.get<SessionResult>(`/api/auth/${area}/session`);
    rememberCsrfToken(area, session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

function forgetSession(queryClient: QueryClient, area: Area) {
  rememberCsrfToken(area, null);
  markSignedIn(area, false);
  queryClient.setQueryData(sessionQueryKey(area), null);
  // Whatever the area's pages loaded belonged to that account. Convention: an area's query keys
  // start with the area, e.g. ['seeker', 'applications'].
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] === area });
}

// Areas whose logout is moving the page away. A guard that sees its session vanish for this reason
// renders nothing instead of redirecting to the login page: React renders the query cache's change
// before the router's (a transition), so without this the guard would win the race.
const loggingOut = new Set<Area>();

export function isLoggingOut(area: Area): boolean {
  return loggingOut.has(area);
}

/**
 * Used once by each area's root: a 401 on any request of an area logs that area out, and a finished
 * navigation ends a logout's grace period.
 */
export function useSessionLifecycle() {
  const queryClient = useQueryClient();
  const location = useLocation();
  useEffect(() => handleUnauthenticated((area) => forgetSession(queryClient, area)), [queryClient]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after every committed navigation
  useEffect(() => loggingOut.clear(), [location]);
}

/**
 * For pages behind an area's guard, where the session is known to be there. While logging out, the
 * page keeps the last account until the guard or the logout handler navigates away.
 */
export function useSignedInSession(area: Area): SessionResult {
  const { data } = useSession(area);
  const last = useRef(data);
  if (data) last.current = data;
  if (!last.current) throw new Error(`useSignedInSession('${area}') used outside the area's route guard`);
  return last.current;
}

/** The logged-in account of an area, or null when logged out. */
export function useSession(area: Area) {
  return useQuery({
    queryKey: sessionQueryKey(area),
    queryFn: () => fetchSession(area),
    staleTime: 5 * 60_000,
    retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
  });
}

export function useLogin(area: Area) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Pick<LoginInput, 'account' | 'password'>) =>
      api.post<SessionResult>(`/api/auth/${area}/login`, { ...input, tokenType: 'cookie' }),
    onSuccess: (session) => {
      rememberCsrfToken(area, session.csrfToken);
      markSignedIn(area, true);
      queryClient.setQueryData(sessionQueryKey(area), session);
    },
  });
}

/** Logs out and goes to `redirectTo` (the seeker's home, a console's login page). */
export function useLogout(area: Area, redirectTo: string) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      try {
        await api.post(`/api/auth/${area}/logout`);
      } catch (error) {
        // An expired session is already logged out; anything else is worth telling.
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      }
    },
    onSuccess: () => {
      loggingOut.add(area);
      navigate(redirectTo, { replace: true });
      forgetSession(queryClient, area);
    },
  });
}

/** After a password change the server may have cleared mustChangePassword: read the session again. */
export function useRefreshSession(area: Area) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: sessionQueryKey(area) });
}
