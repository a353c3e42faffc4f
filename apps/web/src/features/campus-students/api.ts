import type {
  CampusBrochurePage,
  CampusFairPage,
  CampusPresentationDetail,
  CampusPresentationPage,
  CheckInInput,
  CheckInResult,
  CheckinCode,
  CheckinPresentation,
  MyCampusSignup,
  MyCampusSignupPage,
  SeekerCampus,
  StaffSignupPage,
} from '@openrecruit/shared';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

// The students' 校园 (seeker app) and the university's door (签到). Live events refetch
// `CAMPUS_SEEKER_KEY` (campus-signups.changed) and `CHECKINS_KEY` (checkins.changed).

export const CAMPUS_SEEKER_KEY = ['seeker', 'campus'] as const;
export const CHECKINS_KEY = ['university', 'check-ins'] as const;
const FEED_PAGE_SIZE = 10;

const campusKeys = {
  me: [...CAMPUS_SEEKER_KEY, 'me'] as const,
  feed: (list: string) => [...CAMPUS_SEEKER_KEY, 'feed', list] as const,
  presentation: (id: string) => [...CAMPUS_SEEKER_KEY, 'presentation', id] as const,
  signups: [...CAMPUS_SEEKER_KEY, 'signups'] as const,
  code: (id: string) => [...CAMPUS_SEEKER_KEY, 'code', id] as const,
};

/** Is the seeker a student, and of which university (GET /api/seeker/campus). */
export function useSeekerCampus(enabled = true) {
  return useQuery({
    queryKey: campusKeys.me,
    enabled,
    queryFn: () => api.get<SeekerCampus>('/api/seeker/campus'),
    staleTime: 60_000,
  });
}

function useFeed<Page extends { items: unknown[]; total: number; page: number; pageSize: number }>(
  list: string,
  path: string,
  enabled: boolean,
) {
  return useInfiniteQuery({
    queryKey: campusKeys.feed(list),
    enabled,
    initialPageParam: 1,
    queryFn: ({ pageParam }) => api.get<Page>(`${path}?page=${pageParam}&pageSize=${FEED_PAGE_SIZE}`),
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
}

export const useCampusPresentations = (enabled: boolean) =>
  useFeed<CampusPresentationPage>('presentations', '/api/seeker/campus/feed/presentations', enabled);
export const useCampusFairs = (enabled: boolean) =>
  useFeed<CampusFairPage>('job-fairs', '/api/seeker/campus/feed/job-fairs', enabled);
export const useCampusBrochures = (enabled: boolean) =>
  useFeed<CampusBrochurePage>('brochures', '/api/seeker/campus/feed/brochures', enabled);
export const useMyCampusSignups = (enabled: boolean) =>
  useFeed<MyCampusSignupPage>('signups', '/api/seeker/campus/signups', enabled);

export function useCampusPresentation(id: string) {
  return useQuery({
    queryKey: campusKeys.presentation(id),
    queryFn: () => api.get<CampusPresentationDetail>(`/api/seeker/campus/presentations/${id}`),
  });
}

export function useCheckinCode(signupId: string) {
  return useQuery({
    queryKey: campusKeys.code(signupId),
    queryFn: () => api.get<CheckinCode>(`/api/seeker/campus/signups/${signupId}/checkin-code`),
  });
}

function useSignupMutation<Input>(request: (input: Input) => Promise<MyCampusSignup>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSettled: () => queryClient.invalidateQueries({ queryKey: CAMPUS_SEEKER_KEY }),
  });
}

/** 报名 (POST …/presentations/:id/signup). */
export const useSignUpForPresentation = () =>
  useSignupMutation((presentationId: string) =>
    api.post<MyCampusSignup>(`/api/seeker/campus/presentations/${presentationId}/signup`),
  );

/** 取消报名 (POST …/signups/:id/cancel). */
export const useCancelCampusSignup = () =>
  useSignupMutation((signupId: string) =>
    api.post<MyCampusSignup>(`/api/seeker/campus/signups/${signupId}/cancel`),
  );

// ---- the door (university console) ----

export function useCheckinPresentations(date?: string) {
  return useQuery({
    queryKey: [...CHECKINS_KEY, 'presentations', date ?? 'today'],
    queryFn: () =>
      api.get<CheckinPresentation[]>(
        `/api/university/check-ins/presentations${date ? `?date=${encodeURIComponent(date)}` : ''}`,
      ),
  });
}

export function usePresentationSignups(presentationId: string | undefined, page: number, pageSize = 20) {
  return useQuery({
    queryKey: [...CHECKINS_KEY, 'signups', presentationId, page, pageSize],
    enabled: Boolean(presentationId),
    queryFn: () =>
      api.get<StaffSignupPage>(
        `/api/university/check-ins/presentations/${presentationId}/signups?page=${page}&pageSize=${pageSize}`,
      ),
  });
}

/** 签到 (POST /api/university/check-ins). */
export function useCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CheckInInput) => api.post<CheckInResult>('/api/university/check-ins', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: CHECKINS_KEY }),
  });
}
