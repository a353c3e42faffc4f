import type { AppContext } from '../../context';

// A media session is something two or more people exchange audio and video in: a 视频双选会 interview
// (`interview`, modules/video-interviews) or a 直播宣讲 broadcast (`live`, modules/cloud-live). The
// media module (signalling, tokens of the media service) never knows what the session is: it asks
// the session's kind who the caller is in it. Adding a kind: one definition, one line in
// `media-session-kinds.ts`.

export const MEDIA_SESSION_KINDS = ['interview', 'live'] as const;
export type MediaSessionKindCode = (typeof MEDIA_SESSION_KINDS)[number];

/** Who asks: the signed-in account and the app it uses. */
export interface MediaCaller {
  accountId: string;
  area: 'seeker' | 'employer';
}

/** What the caller may do in a session now. */
export interface MediaSessionAccess {
  /** The accounts the caller may send signals to now (the interviewer and the student; the presenter and a viewer). */
  peers: string[];
  /** The session's room name at the media service (stable for the session; LiveKit's room). */
  room: string;
  /** `host`: the interviewer or presenter; `guest`: the student or viewer. */
  role: 'host' | 'guest';
  /** Whether the caller sends media (a viewer of a broadcast only receives). */
  canPublish: boolean;
  /** What the media service shows as the caller's name (never a personal number). */
  displayName: string;
}

export interface MediaSessionKind {
  code: MediaSessionKindCode;
  /**
   * The caller's access to the session, or null when the session is not theirs or not open now
   * (the media routes answer 404 `NOT_FOUND`, like any foreign record).
   */
  access(ctx: AppContext, sessionId: string, caller: MediaCaller): Promise<MediaSessionAccess | null>;
}

export function defineMediaSessionKind(kind: MediaSessionKind): MediaSessionKind {
  return kind;
}
