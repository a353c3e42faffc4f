import { liveMediaSession } from '../cloud-live/live-media-session';
import { interviewMediaSession } from '../video-interviews/interview-media-session';
import type { MediaSessionKind, MediaSessionKindCode } from './media-session-kind';

// Every kind of media session, by code (media-session-kind.ts). A code without a definition answers
// 404 like a foreign session. `interview` comes from modules/video-interviews.
export const MEDIA_SESSION_KIND_DEFINITIONS: Partial<Record<MediaSessionKindCode, MediaSessionKind>> = {
  interview: interviewMediaSession,
  live: liveMediaSession,
};

export function mediaSessionKindOf(code: string): MediaSessionKind | undefined {
  return Object.hasOwn(MEDIA_SESSION_KIND_DEFINITIONS, code)
    ? MEDIA_SESSION_KIND_DEFINITIONS[code as MediaSessionKindCode]
    : undefined;
}
