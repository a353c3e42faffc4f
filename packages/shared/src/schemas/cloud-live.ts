import { z } from 'zod';

// 直播宣讲 broadcast (issue 13 item 1; seed 002 云校招): the company opens the broadcast of an
// approved live 云宣讲 (scheduled → live → ended), students of the universities that approved it
// watch and comment (互动), the company answers, hides (隐藏) and silences (禁言).
//
// Routes (all errors are ErrorBody):
//   GET  /api/employer/cloud-live/:id                          → CloudLive
//   POST /api/employer/cloud-live/:id/start | /end             → CloudLive (开始直播 / 结束直播)
//   GET  /api/employer/cloud-live/:id/comments                 → CloudLiveCommentList (hidden ones too)
//   POST /api/employer/cloud-live/:id/comments  PostCloudLiveComment → CloudLiveComment (回复)
//   POST /api/employer/cloud-live/:id/comments/:commentId/hide → CloudLiveComment (隐藏)
//   POST /api/employer/cloud-live/:id/comments/:commentId/mute → CloudLiveComment (禁言 its author)
//   GET  /api/seeker/cloud-live/:id                            → CloudLive
//   POST /api/seeker/cloud-live/:id/presence                   → CloudLive (a viewer's heartbeat)
//   GET  /api/seeker/cloud-live/:id/comments                   → CloudLiveCommentList
//   POST /api/seeker/cloud-live/:id/comments  PostCloudLiveComment → CloudLiveComment
//   POST /api/public/media/livekit/webhook                     (LiveKit's signed egress notices)

/** scheduled (未开始) → live (直播中) → ended (已结束); the labels are cloud-presentations' CLOUD_LIVE_STATE_LABELS. */
const BROADCAST_STATES = ['scheduled', 'live', 'ended'] as const;

export const CLOUD_LIVE_LIMITS = {
  commentMaxChars: 200,
  /** One comment per this many seconds per student (互动 stays readable). */
  commentIntervalSeconds: 3,
  commentsShown: 100,
  /** 开始直播 is possible from this long before the start. */
  openBeforeMinutes: 30,
  /** A broadcast still live this long after its end is ended by the sweep. */
  endGraceMinutes: 60,
  /** A viewer's page reports every this many seconds; one silent for 3 of them has left. */
  heartbeatSeconds: 10,
} as const;

export const CloudLive = z.object({
  id: z.string(),
  title: z.string(),
  companyName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  liveState: z.enum(BROADCAST_STATES),
  liveStartedAt: z.string().nullable(),
  liveEndedAt: z.string().nullable(),
  /** The media service that carries (or will carry) it. */
  mediaProvider: z.enum(['p2p', 'livekit']),
  /** Whether the media service records it (LiveKit egress); p2p never does. */
  recording: z.boolean(),
  recordingFileId: z.string().nullable(),
  /** Viewers whose page reported within the last half minute. */
  viewerCount: z.number().int(),
  /** The account the viewers connect to (the member who started it); null until it is live. */
  hostAccountId: z.string().nullable(),
  /** 开始直播 is allowed now (the company's view). */
  canStart: z.boolean(),
  /** The student was silenced (禁言) in it (the student's view). */
  muted: z.boolean(),
});
export type CloudLive = z.infer<typeof CloudLive>;

export const CloudLiveComment = z.object({
  id: z.string(),
  authorKind: z.enum(['student', 'company']),
  /** 主办方, or 同学·XXXX (a stable tag per student and broadcast, never a name). */
  authorLabel: z.string(),
  body: z.string(),
  mine: z.boolean(),
  hidden: z.boolean(),
  /** The author is silenced (the company's view). */
  authorMuted: z.boolean(),
  createdAt: z.string(),
});
export type CloudLiveComment = z.infer<typeof CloudLiveComment>;

export const CloudLiveCommentList = z.object({ items: z.array(CloudLiveComment) });
export type CloudLiveCommentList = z.infer<typeof CloudLiveCommentList>;

export const PostCloudLiveComment = z.object({
  body: z
    .string()
    .trim()
    .min(1, '请输入内容')
    .max(CLOUD_LIVE_LIMITS.commentMaxChars, `不能超过${CLOUD_LIVE_LIMITS.commentMaxChars}个字`),
});
export type PostCloudLiveComment = z.infer<typeof PostCloudLiveComment>;
