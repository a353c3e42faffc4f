import { z } from 'zod';

// Media sessions (issue 13; docs/decisions/020-media.md): the configuration a browser needs to set
// up WebRTC, a caller's access to one session, and the signals (offer, answer, ICE candidates) the
// peers exchange through the app. Signals carry SDP and candidates only, never personal data.
//
// Routes, under both /api/seeker/media and /api/employer/media (all errors are ErrorBody):
//   GET  …/media/config                          → MediaConfig (ICE servers with fresh TURN credentials)
//   GET  …/media/ping                            → MediaPing (the device test's round trip)
//   POST …/media/:kind/:sessionId/join           → MediaJoin (404 when the session is not the caller's)
//   POST …/media/:kind/:sessionId/signals  SendMediaSignalInput → { id }
//   GET  …/media/:kind/:sessionId/signals        → MediaSignalList (unread, oldest first; deleted as read)

export const MEDIA_PROVIDERS = ['p2p', 'livekit'] as const;
export type MediaProviderCode = (typeof MEDIA_PROVIDERS)[number];

export const MEDIA_SIGNAL_KINDS = ['offer', 'answer', 'candidate', 'bye', 'restart'] as const;
export type MediaSignalKind = (typeof MEDIA_SIGNAL_KINDS)[number];

export const MEDIA_LIMITS = {
  /** An SDP offer or answer; a real one is 3-8 KB. */
  payloadMaxBytes: 16 * 1024,
  /** Signals one caller may send per minute (an ICE gathering sends a few dozen candidates). */
  signalsPerMinute: 600,
  /** Signals are swept after this long (a peer that has not read them by then has gone). */
  signalTtlSeconds: 300,
  peerIdMaxChars: 64,
} as const;

export const IceServer = z.object({
  urls: z.array(z.string()),
  username: z.string().optional(),
  credential: z.string().optional(),
});
export type IceServer = z.infer<typeof IceServer>;

export const MediaConfig = z.object({
  provider: z.enum(MEDIA_PROVIDERS),
  iceServers: z.array(IceServer),
  /** Whether the media service keeps recordings (LiveKit egress); the built-in p2p never does. */
  recording: z.boolean(),
  limits: z.object({ payloadMaxBytes: z.number().int(), signalsPerMinute: z.number().int() }),
});
export type MediaConfig = z.infer<typeof MediaConfig>;

export const MediaPing = z.object({ serverTime: z.string() });
export type MediaPing = z.infer<typeof MediaPing>;

export const MediaJoin = z.object({
  provider: z.enum(MEDIA_PROVIDERS),
  room: z.string(),
  role: z.enum(['host', 'guest']),
  canPublish: z.boolean(),
  /** The accounts the caller may signal now (p2p). */
  peers: z.array(z.string()),
  /** The caller's own account id: the peers address it. */
  self: z.string(),
  /** LiveKit only: the server's address and the caller's join token. */
  url: z.string().nullable(),
  token: z.string().nullable(),
});
export type MediaJoin = z.infer<typeof MediaJoin>;

export const SendMediaSignalInput = z.object({
  to: z.uuid('接收方格式不正确'),
  peerId: z.string().min(1).max(MEDIA_LIMITS.peerIdMaxChars),
  kind: z.enum(MEDIA_SIGNAL_KINDS),
  payload: z.record(z.string(), z.unknown()),
});
export type SendMediaSignalInput = z.infer<typeof SendMediaSignalInput>;

export const MediaSignal = z.object({
  id: z.string(),
  from: z.string(),
  peerId: z.string(),
  kind: z.enum(MEDIA_SIGNAL_KINDS),
  payload: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type MediaSignal = z.infer<typeof MediaSignal>;

export const MediaSignalList = z.object({ items: z.array(MediaSignal) });
export type MediaSignalList = z.infer<typeof MediaSignalList>;

export const MediaSessionParams = z.object({
  // Any text: an unknown kind answers 404 like a foreign session.
  kind: z.string().max(64),
  sessionId: z.uuid('会话ID格式不正确'),
});
