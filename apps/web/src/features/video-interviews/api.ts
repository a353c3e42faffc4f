import type {
  ApplicationVideoEvaluationList,
  ApplyVideoInterviewInput,
  CreateVideoInvitationInput,
  DeviceTestInput,
  EmployerVideoFair,
  EmployerVideoInterview,
  EmployerVideoInterviewPage,
  EvaluateVideoInterviewInput,
  HallQuery,
  HallStudentPage,
  ResumeCandidatePage,
  SeekerFairCompany,
  SeekerVideoInterview,
  SeekerVideoInterviewPage,
  VideoFairProcess,
  VideoFairRegistration,
  VideoInterviewMedium,
  VideoInterviewMessage,
  VideoInterviewMessagePage,
  VideoInterviewRoom,
} from '@openrecruit/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../lib/api';

// 视频双选会 interviews (issue 13 §3-§6): the employer's 求职者大厅 and 面试间, the ①–⑨ checklist,
// the students' company page, 我的面试, the queue and the call. The only place this feature calls the
// API. Every key starts with 'video-interviews': the live event `video-interviews.changed`
// refetches them all (features/realtime).

export const VIDEO_INTERVIEWS_KEY = ['video-interviews'] as const;

export type HallFilters = Omit<HallQuery, 'page' | 'pageSize'>;
/** One interview, from the company's side (under its registration) or the student's. */
export type InterviewRef =
  | { side: 'employer'; registrationId: string; interviewId: string }
  | { side: 'seeker'; interviewId: string };

const registrationBase = (registrationId: string) =>
  `/api/employer/video-fair-registrations/${registrationId}`;
const employerInterview = (registrationId: string, interviewId: string) =>
  `${registrationBase(registrationId)}/interviews/${interviewId}`;
const seekerInterview = (interviewId: string) => `/api/seeker/video-interviews/${interviewId}`;

function useInvalidateAll() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: VIDEO_INTERVIEWS_KEY });
}

// ---- the company ----

export function useRegistrationProcess(registrationId: string) {
  return useQuery({
    queryKey: [...VIDEO_INTERVIEWS_KEY, 'process', registrationId],
    queryFn: ({ signal }) =>
      api.get<VideoFairProcess>(`${registrationBase(registrationId)}/process`, { signal }),
  });
}

/** The registration the invitations and rooms belong to (the fair, its rooms and jobs). */
export function useRegistration(registrationId: string | null | undefined) {
  return useQuery({
    queryKey: [...VIDEO_INTERVIEWS_KEY, 'registration', registrationId],
    queryFn: ({ signal }) =>
      api.get<VideoFairRegistration>(registrationBase(registrationId ?? ''), { signal }),
    enabled: Boolean(registrationId),
  });
}

/** The company's approved registration at a fair (求职者大厅 opened from the fair list). */
export function useFairRegistrationId(fairId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...VIDEO_INTERVIEWS_KEY, 'fair', fairId],
    queryFn: ({ signal }) => api.get<EmployerVideoFair>(`/api/employer/video-fairs/${fairId}`, { signal }),
    enabled,
    select: (fair) => (fair.myRegistration?.state === 'approved' ? fair.myRegistration.id : null),
  });
}

export function useCandidateHall(
  registrationId: string | null | undefined,
  filters: HallFilters,
  page: number,
) {
  return useQuery({
    queryKey: [...VIDEO_INTERVIEWS_KEY, 'hall', registrationId, filters, page],
    queryFn: ({ signal }) =>
      api.get<HallStudentPage>(
        `${registrationBase(registrationId ?? '')}/hall${queryString({ ...filters, page, pageSize: 20 })}`,
        { signal },
      ),
    enabled: Boolean(registrationId),
    placeholderData: keepPreviousData,
  });
}

export function useInvite(registrationId: string) {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (input: CreateVideoInvitationInput) =>
      api.post<EmployerVideoInterview>(`${registrationBase(registrationId)}/invitations`, input),
    onSettled: invalidate,
  });
}

export function useResumeCandidates(registrationId: string) {
  return useQuery({
    queryKey: [...VIDEO_INTERVIEWS_KEY, 'resume-candidates', registrationId],
    queryFn: ({ signal }) =>
      api.get<ResumeCandidatePage>(`${registrationBase(registrationId)}/resume-candidates?pageSize=50`, {
        signal,
      }),
  });
}

export function useRoom(registrationId: string, room: number) {
  return useQuery({
    queryKey: [...VIDEO_INTERVIEWS_KEY, 'room', registrationId, room],
    queryFn: ({ signal }) =>
      api.get<VideoInterviewRoom>(`${registrationBase(registrationId)}/rooms/${room}`, { signal }),
    // Presence (在线/暂时离开) and the hold window move without an event when a page goes quiet.
    refetchInterval: 10_000,
  });
}

/** 待处理 (applications, state applied) or 排队中 (queued, in queue order) of the registration. */
export function useRoomInterviews(registrationId: string, state: 'applied' | 'queued', room?: number) {
  return useQuery({
    queryKey: [...VIDEO_INTERVIEWS_KEY, 'interviews', registrationId, state, room],
    queryFn: ({ signal }) =>
      api.get<EmployerVideoInterviewPage>(
        `${registrationBase(registrationId)}/interviews${queryString({ state, room, pageSize: 50 })}`,
        { signal },
      ),
    refetchInterval: 10_000,
  });
}

export function useEnterRoom(registrationId: string, room: number) {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: () => api.post<unknown>(`${registrationBase(registrationId)}/rooms/${room}/entered`),
    onSettled: invalidate,
  });
}

export function useRecordDeviceTest(registrationId: string, room: number) {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (result: DeviceTestInput) =>
      api.post<unknown>(`${registrationBase(registrationId)}/rooms/${room}/device-test`, result),
    onSettled: invalidate,
  });
}

/** 开始面试: calls the next student of the room's queue. */
export function useStartNext(registrationId: string, room: number) {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: () =>
      api.post<EmployerVideoInterview>(`${registrationBase(registrationId)}/rooms/${room}/call`),
    onSettled: invalidate,
  });
}

/** 接受 / 拒绝 of 待处理, 跳过 of a called student, 结束面试. */
export function useInterviewAction(registrationId: string) {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({
      interviewId,
      action,
    }: {
      interviewId: string;
      action: 'accept' | 'refuse' | 'skip' | 'end';
    }) => api.post<EmployerVideoInterview>(`${employerInterview(registrationId, interviewId)}/${action}`),
    onSettled: invalidate,
  });
}

export function useEvaluate(registrationId: string) {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({ interviewId, input }: { interviewId: string; input: EvaluateVideoInterviewInput }) =>
      api.post<EmployerVideoInterview>(`${employerInterview(registrationId, interviewId)}/evaluation`, input),
    onSettled: invalidate,
  });
}

/** 简历管理: the 双选会 evaluations filed on one application. */
export function useApplicationEvaluations(applicationId: string) {
  return useQuery({
    queryKey: [...VIDEO_INTERVIEWS_KEY, 'application-evaluations', applicationId],
    queryFn: ({ signal }) =>
      api.get<ApplicationVideoEvaluationList>(
        `/api/employer/applications/${applicationId}/video-fair-evaluations`,
        { signal },
      ),
  });
}

// ---- both sides of one interview ----

const interviewBase = (ref: InterviewRef) =>
  ref.side === 'employer'
    ? employerInterview(ref.registrationId, ref.interviewId)
    : seekerInterview(ref.interviewId);

const messagesKey = (ref: InterviewRef) => [...VIDEO_INTERVIEWS_KEY, 'messages', ref.side, ref.interviewId];

export function useInterviewMessages(ref: InterviewRef) {
  return useQuery({
    queryKey: messagesKey(ref),
    queryFn: ({ signal }) =>
      api.get<VideoInterviewMessagePage>(`${interviewBase(ref)}/messages?pageSize=100`, { signal }),
    // Messages arrive with `video-interviews.changed`; the interval covers a dropped stream.
    refetchInterval: 5_000,
  });
}

export function useSendMessage(ref: InterviewRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post<VideoInterviewMessage>(`${interviewBase(ref)}/messages`, { body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: messagesKey(ref) }),
  });
}

/** The medium the call actually runs on (视频, 仅语音, 文字). */
export function useReportMedium(ref: InterviewRef) {
  return useMutation({
    mutationFn: (medium: VideoInterviewMedium) =>
      api.post<unknown>(`${interviewBase(ref)}/medium`, { medium }),
  });
}

// ---- the students ----

export function useSeekerFairCompany(fairId: string, registrationId: string) {
  return useQuery({
    queryKey: [...VIDEO_INTERVIEWS_KEY, 'company', fairId, registrationId],
    queryFn: ({ signal }) =>
      api.get<SeekerFairCompany>(`/api/seeker/video-fairs/${fairId}/companies/${registrationId}`, { signal }),
  });
}

export function useApplyToCompany(fairId: string, registrationId: string) {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (input: ApplyVideoInterviewInput) =>
      api.post<SeekerVideoInterview>(
        `/api/seeker/video-fairs/${fairId}/companies/${registrationId}/apply`,
        input,
      ),
    onSettled: invalidate,
  });
}

export function useMyInterviews(scope: 'open' | 'past') {
  return useQuery({
    queryKey: [...VIDEO_INTERVIEWS_KEY, 'mine', scope],
    queryFn: ({ signal }) =>
      api.get<SeekerVideoInterviewPage>(`/api/seeker/video-interviews?scope=${scope}&pageSize=50`, {
        signal,
      }),
  });
}

export function useMyInterview(interviewId: string) {
  return useQuery({
    queryKey: [...VIDEO_INTERVIEWS_KEY, 'one', interviewId],
    queryFn: ({ signal }) => api.get<SeekerVideoInterview>(seekerInterview(interviewId), { signal }),
  });
}

export function useSeekerInterviewAction() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({ interviewId, action }: { interviewId: string; action: 'accept' | 'decline' | 'leave' }) =>
      api.post<SeekerVideoInterview>(`${seekerInterview(interviewId)}/${action}`),
    onSettled: invalidate,
  });
}

/** 进入面试: the called student's page is there (within the no-show timeout). */
export function useJoinInterview(interviewId: string) {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (medium: VideoInterviewMedium | undefined) =>
      api.post<SeekerVideoInterview>(`${seekerInterview(interviewId)}/join`, medium ? { medium } : {}),
    onSettled: invalidate,
  });
}

/** Presence: the page reports every 5 seconds while queued or in the call. */
export function sendHeartbeat(interviewId: string) {
  return api.post<SeekerVideoInterview>(`${seekerInterview(interviewId)}/heartbeat`);
}
