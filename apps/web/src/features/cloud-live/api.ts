import type { CloudLive, CloudLiveComment, CloudLiveCommentList } from '@openrecruit/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

// 直播宣讲 (/api/employer/cloud-live, /api/seeker/cloud-live): the broadcast, its viewers and comments.

export const CLOUD_LIVE_KEY = ['cloud-live'] as const;

type Area = 'employer' | 'seeker';
const base = (area: Area, id: string) => `/api/${area}/cloud-live/${id}`;

/** The broadcast's state; refetched every few seconds too (a viewer who missed an event catches up). */
export function useCloudLive(area: Area, id: string) {
  return useQuery({
    queryKey: [...CLOUD_LIVE_KEY, area, id],
    queryFn: () => api.get<CloudLive>(base(area, id)),
    refetchInterval: 5_000,
  });
}

export function useCloudLiveComments(area: Area, id: string, enabled = true) {
  return useQuery({
    queryKey: [...CLOUD_LIVE_KEY, area, id, 'comments'],
    queryFn: () => api.get<CloudLiveCommentList>(`${base(area, id)}/comments`),
    refetchInterval: 3_000,
    enabled,
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: CLOUD_LIVE_KEY });
}

export function useStartOrEndLive(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (action: 'start' | 'end') => api.post<CloudLive>(`${base('employer', id)}/${action}`),
    onSuccess: refresh,
  });
}

export function usePostComment(area: Area, id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: string) => api.post<CloudLiveComment>(`${base(area, id)}/comments`, { body }),
    onSuccess: refresh,
  });
}

export function useModerateComment(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (options: { commentId: string; action: 'hide' | 'mute' }) =>
      api.post<CloudLiveComment>(`${base('employer', id)}/comments/${options.commentId}/${options.action}`),
    onSuccess: refresh,
  });
}

/** A viewer's heartbeat: while the page is open, every 10 seconds (the presenter sees who watches). */
export function usePresence(id: string, enabled: boolean) {
  return useQuery({
    // Not under CLOUD_LIVE_KEY: a comment's event must not make every viewer report again.
    queryKey: ['cloud-live-presence', id],
    queryFn: () => api.post<CloudLive>(`${base('seeker', id)}/presence`),
    refetchInterval: 10_000,
    refetchIntervalInBackground: true,
    enabled,
  });
}
