import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

// 视频双选会 interviews (issue 13 §3-§6): the employer's 求职者大厅 and 面试间, the ①–⑨ checklist,
// the students' company page, 我的面试, the queue and the call. The only place this feature calls the
// API. Every key starts with 'video-interviews': the live event `video-interviews.changed`
// refetches them all (features/realtime).

export const VIDEO_INTERVIEWS_KEY = ['video-interviews'] as const;

/** One step of ①–⑨ as the server reports it. */
export type ProcessStep = { step: number; label: string; done: boolean; at: string | null };
export type RegistrationProcess = { fairId: string; room: number | null; steps: ProcessStep[] };

export function useRegistrationProcess(registrationId: string) {
  return useQuery({
    queryKey: [...VIDEO_INTERVIEWS_KEY, 'process', registrationId],
    queryFn: ({ signal }) =>
      api.get<RegistrationProcess>(`/api/employer/video-fair-registrations/${registrationId}/process`, {
        signal,
      }),
  });
}
