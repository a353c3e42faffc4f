import { z } from 'zod';
import { pageQuery, pageSchema } from './paging';

// 云宣讲 (issue 13 §1; seed 002 云校招 > 云宣讲): a company applies for a recorded (录播) or live
// (直播) presentation at universities it entered; each university reviews its own copy (review kind
// `cloud_presentation`) and an approved one is shown to its students and on its public page.
//
// Routes (all errors are ErrorBody):
//   POST /api/employer/cloud-presentation-files/video   multipart `file` (MP4/WebM) → CloudPresentationFile
//   POST /api/employer/cloud-presentation-files/poster  multipart `file` (JPG/PNG)  → CloudPresentationFile
//   GET  /api/employer/cloud-presentations?page=&pageSize=  → CloudPresentationPage (newest first)
//   POST /api/employer/cloud-presentations  ApplyCloudPresentationInput → CloudPresentation (申请)
//   GET  /api/employer/cloud-presentations/:id             → CloudPresentation
//   POST /api/employer/cloud-presentations/:id/withdraw    → CloudPresentation (撤回)
//   POST /api/employer/cloud-presentations/:id/resubmit  { universityId } → CloudPresentation (重新提交)
//   GET  /api/{employer,university,public}/cloud-presentations/:id/video|poster  (HTTP ranges)
//   GET  /api/university/cloud-presentations?state=  → UniversityCloudPresentationPage (本校云宣讲)
//   GET  /api/public/universities/:id/cloud-presentations → PublicCloudPresentationPage (approved)
//   GET  /api/public/cloud-presentations/:id               → PublicCloudPresentation
//   GET  /api/seeker/campus/cloud-presentations            → PublicCloudPresentationPage (my university)

export const CLOUD_PRESENTATION_FORMATS = ['recorded', 'live'] as const;
export type CloudPresentationFormat = (typeof CLOUD_PRESENTATION_FORMATS)[number];
export const CLOUD_PRESENTATION_FORMAT_LABELS: Record<CloudPresentationFormat, string> = {
  recorded: '录播宣讲',
  live: '直播宣讲',
};

export const CLOUD_PRESENTATION_TARGET_STATES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type CloudPresentationTargetState = (typeof CLOUD_PRESENTATION_TARGET_STATES)[number];
export const CLOUD_PRESENTATION_TARGET_STATE_LABELS: Record<CloudPresentationTargetState, string> = {
  pending: '审核中',
  approved: '已通过',
  rejected: '未通过',
  withdrawn: '已撤回',
};

export const CLOUD_LIVE_STATES = ['scheduled', 'live', 'ended'] as const;
export type CloudLiveState = (typeof CLOUD_LIVE_STATES)[number];
/** What a student sees of a live one: 未开始, 直播中, 已结束. */
export const CLOUD_LIVE_STATE_LABELS: Record<CloudLiveState, string> = {
  scheduled: '未开始',
  live: '直播中',
  ended: '已结束',
};

export const CLOUD_PRESENTATION_LIMITS = {
  titleMaxChars: 50,
  descriptionMaxChars: 2000,
  universitiesMax: 20,
  jobsMax: 20,
  /** A live presentation lasts at most 4 hours. */
  liveMaxMinutes: 240,
  posterMaxBytes: 2 * 1024 * 1024,
  /** The default of CLOUD_VIDEO_MAX_MB (the server's configuration decides). */
  videoMaxBytesDefault: 200 * 1024 * 1024,
} as const;

const isoTime = (message: string) => z.iso.datetime({ offset: true, error: message });

export const ApplyCloudPresentationInput = z
  .object({
    format: z.enum(CLOUD_PRESENTATION_FORMATS, { error: '请选择录播宣讲或直播宣讲' }),
    universityIds: z
      .array(z.uuid('请选择宣讲高校'))
      .min(1, '请选择宣讲高校')
      .max(
        CLOUD_PRESENTATION_LIMITS.universitiesMax,
        `最多选择${CLOUD_PRESENTATION_LIMITS.universitiesMax}所高校`,
      )
      .transform((list) => [...new Set(list)]),
    title: z
      .string()
      .trim()
      .min(2, '请输入宣讲主题（2-50个字）')
      .max(CLOUD_PRESENTATION_LIMITS.titleMaxChars, '宣讲主题不能超过50个字'),
    /** 录播: from when it is shown; 直播: when it starts. */
    startsAt: isoTime('请选择宣讲时间'),
    /** 直播 only: when it ends. */
    endsAt: isoTime('请选择结束时间').nullish(),
    description: z
      .string()
      .trim()
      .max(
        CLOUD_PRESENTATION_LIMITS.descriptionMaxChars,
        `宣讲简介不能超过${CLOUD_PRESENTATION_LIMITS.descriptionMaxChars}个字`,
      )
      .default(''),
    jobIds: z
      .array(z.uuid('职位ID格式不正确'))
      .min(1, '请选择宣讲的职位')
      .max(CLOUD_PRESENTATION_LIMITS.jobsMax, `最多选择${CLOUD_PRESENTATION_LIMITS.jobsMax}个职位`)
      .transform((list) => [...new Set(list)]),
    /** 录播 only: the uploaded video and its poster frame, and the video's length read by the browser. */
    videoFileId: z.uuid('请上传宣讲视频').nullish(),
    posterFileId: z.uuid('请上传视频封面').nullish(),
    durationSeconds: z.number().int().min(0).max(86_400).nullish(),
  })
  .superRefine((value, ctx) => {
    const start = Date.parse(value.startsAt);
    if (value.format === 'recorded') {
      if (!value.videoFileId)
        ctx.addIssue({ code: 'custom', path: ['videoFileId'], message: '请上传宣讲视频' });
      if (!value.posterFileId)
        ctx.addIssue({ code: 'custom', path: ['posterFileId'], message: '请上传视频封面' });
      return;
    }
    if (Number.isNaN(start)) return;
    if (start <= Date.now())
      ctx.addIssue({ code: 'custom', path: ['startsAt'], message: '直播开始时间须晚于现在' });
    if (!value.endsAt) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: '请选择结束时间' });
      return;
    }
    const end = Date.parse(value.endsAt);
    if (Number.isNaN(end)) return;
    if (end <= start) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: '结束时间须晚于开始时间' });
    else if (end - start > CLOUD_PRESENTATION_LIMITS.liveMaxMinutes * 60_000)
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: '直播时长不能超过4小时' });
  });
export type ApplyCloudPresentationInput = z.input<typeof ApplyCloudPresentationInput>;

export const ResubmitCloudPresentationInput = z.object({ universityId: z.uuid('请选择高校') });
export type ResubmitCloudPresentationInput = z.input<typeof ResubmitCloudPresentationInput>;

/** An uploaded video or poster, to be named in the application (used once, by its uploader). */
export const CloudPresentationFile = z.object({
  id: z.string(),
  contentType: z.string(),
  size: z.number().int(),
});
export type CloudPresentationFile = z.infer<typeof CloudPresentationFile>;

/** One university the presentation was sent to, and its decision. */
export const CloudPresentationTarget = z.object({
  universityId: z.string(),
  universityName: z.string(),
  state: z.enum(CLOUD_PRESENTATION_TARGET_STATES),
  rejectReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type CloudPresentationTarget = z.infer<typeof CloudPresentationTarget>;

const CloudPresentationBase = z.object({
  id: z.string(),
  companyId: z.string(),
  companyName: z.string(),
  format: z.enum(CLOUD_PRESENTATION_FORMATS),
  title: z.string(),
  description: z.string(),
  startsAt: z.string(),
  endsAt: z.string().nullable(),
  jobs: z.array(z.object({ id: z.string(), title: z.string() })),
  durationSeconds: z.number().int().nullable(),
  /** Null when there is nothing to play (a live one without a recording). */
  videoUrl: z.string().nullable(),
  posterUrl: z.string().nullable(),
  liveState: z.enum(CLOUD_LIVE_STATES).nullable(),
  liveStartedAt: z.string().nullable(),
  liveEndedAt: z.string().nullable(),
});

/** The company's view (云校招 > 云宣讲). */
export const CloudPresentation = CloudPresentationBase.extend({
  targets: z.array(CloudPresentationTarget),
  withdrawnAt: z.string().nullable(),
  createdAt: z.string(),
});
export type CloudPresentation = z.infer<typeof CloudPresentation>;
export const CloudPresentationPage = pageSchema(CloudPresentation);
export type CloudPresentationPage = z.infer<typeof CloudPresentationPage>;
export const CloudPresentationListQuery = pageQuery();

/** A university's view of one 云宣讲 sent to it (本校云宣讲). */
export const UniversityCloudPresentation = CloudPresentationBase.extend({
  state: z.enum(CLOUD_PRESENTATION_TARGET_STATES),
  rejectReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  submittedAt: z.string(),
});
export type UniversityCloudPresentation = z.infer<typeof UniversityCloudPresentation>;
export const UniversityCloudPresentationPage = pageSchema(UniversityCloudPresentation);
export type UniversityCloudPresentationPage = z.infer<typeof UniversityCloudPresentationPage>;
export const UniversityCloudPresentationListQuery = pageQuery().extend({
  state: z.enum(CLOUD_PRESENTATION_TARGET_STATES, { error: '状态不正确' }).default('approved'),
});

/** What students and visitors see of an approved one. */
export const PublicCloudPresentation = CloudPresentationBase;
export type PublicCloudPresentation = z.infer<typeof PublicCloudPresentation>;
export const PublicCloudPresentationPage = pageSchema(PublicCloudPresentation);
export type PublicCloudPresentationPage = z.infer<typeof PublicCloudPresentationPage>;
export const PublicCloudPresentationListQuery = pageQuery();
