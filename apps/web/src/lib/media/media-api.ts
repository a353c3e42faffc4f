import type {
  MediaConfig,
  MediaJoin,
  MediaSignal,
  MediaSignalList,
  SendMediaSignalInput,
} from '@openrecruit/shared';
import { api } from '../api';

// The media routes (/api/<area>/media): the one place lib/media calls the API.

export type MediaArea = 'seeker' | 'employer';
export type MediaSessionKind = 'interview' | 'live';

const base = (area: MediaArea) => `/api/${area}/media`;

export const mediaApi = {
  config: (area: MediaArea) => api.get<MediaConfig>(`${base(area)}/config`),
  ping: (area: MediaArea) => api.get<{ serverTime: string }>(`${base(area)}/ping`),
  join: (area: MediaArea, kind: MediaSessionKind, sessionId: string) =>
    api.post<MediaJoin>(`${base(area)}/${kind}/${sessionId}/join`),
  send: (area: MediaArea, kind: MediaSessionKind, sessionId: string, signal: SendMediaSignalInput) =>
    api.post<{ id: string }>(`${base(area)}/${kind}/${sessionId}/signals`, signal),
  read: async (area: MediaArea, kind: MediaSessionKind, sessionId: string): Promise<MediaSignal[]> =>
    (await api.get<MediaSignalList>(`${base(area)}/${kind}/${sessionId}/signals`)).items,
};
