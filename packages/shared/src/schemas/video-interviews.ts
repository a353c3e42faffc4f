import { z } from 'zod';
import { pageQuery, pageSchema } from './paging';

// 视频双选会面试 (seed 002 视频双选会面试邀约 and 参与过程 ①–⑨; issue 13 §3-§5): the candidate hall
// (求职者大厅), invitations three ways, students' applications, the company's 待处理, the room queue
// with presence, the call, the text interview and the evaluation filed in 简历管理.

export const VIDEO_INTERVIEW_STATES = [
  'invited',
  'declined',
  'applied',
  'refused',
  'queued',
  'in_progress',
  'completed',
  'no_show',
  'left',
] as const;
export type VideoInterviewState = (typeof VIDEO_INTERVIEW_STATES)[number];

/** How an interview came about: the student applied, or the company invited from one of three places. */
export const VIDEO_INTERVIEW_ORIGINS = ['application', 'hall', 'room', 'resumes'] as const;
export type VideoInterviewOrigin = (typeof VIDEO_INTERVIEW_ORIGINS)[number];
/** The three ways a company invites (seed 002 方式一/二/三). */
export const VIDEO_INVITATION_ORIGINS = ['hall', 'room', 'resumes'] as const;

export const VIDEO_INTERVIEW_MEDIA = ['video', 'audio', 'text'] as const;
export type VideoInterviewMedium = (typeof VIDEO_INTERVIEW_MEDIA)[number];

/** 评价 tags (issue 13 §4): a fixed list, so the company's evaluations compare. */
export const VIDEO_INTERVIEW_TAGS = [
  '沟通表达',
  '专业能力',
  '学习能力',
  '稳定性',
  '岗位匹配',
  '团队合作',
] as const;

/** 下一步 after an interview, and the 简历管理 mark each one files. */
export const VIDEO_INTERVIEW_NEXT_STEPS = [
  { code: 'next_round', label: '进入下一轮', mark: 'suitable' },
  { code: 'offer', label: '发放offer', mark: 'suitable' },
  { code: 'undecided', label: '待定', mark: 'undecided' },
  { code: 'unsuitable', label: '不合适', mark: 'unsuitable' },
] as const;
export type VideoInterviewNextStep = (typeof VIDEO_INTERVIEW_NEXT_STEPS)[number]['code'];
const NEXT_STEP_CODES = VIDEO_INTERVIEW_NEXT_STEPS.map((step) => step.code) as [
  VideoInterviewNextStep,
  ...VideoInterviewNextStep[],
];

export const VIDEO_INTERVIEW_MESSAGE_MAX = 500;

const uuid = (message: string) => z.uuid(message);
const roomNumber = z.coerce
  .number()
  .int('面试间编号不正确')
  .min(1, '面试间编号不正确')
  .max(50, '面试间编号不正确');

/** Every answer about live things carries the server's clock, so pages count down correctly. */
const ServerNow = z.iso.datetime();

// ── The student as the company sees them (masked: 陈先生 until the resume is in 简历管理) ──

export const VideoFairStudentSummary = z.object({
  seekerAccountId: z.string(),
  /** 陈先生 / 陈女士: never the full name in the hall or the queue. */
  displayName: z.string(),
  sex: z.enum(['M', 'F']),
  age: z.number().int().nullable(),
  educationLabel: z.string().nullable(),
  school: z.string(),
  major: z.string(),
  graduationMonth: z.string().nullable(),
  /** 求职意向: occupations wanted. */
  intentions: z.array(z.string()),
  skills: z.array(z.string()),
});
export type VideoFairStudentSummary = z.infer<typeof VideoFairStudentSummary>;

/** Where the company stands with a student of the hall. */
export const HALL_RELATIONS = ['none', 'invited', 'applied', 'queued', 'in_progress', 'interviewed'] as const;

export const HallStudent = VideoFairStudentSummary.extend({
  /** The company's latest interview with the student at this fair, if any. */
  relation: z.enum(HALL_RELATIONS),
  interviewId: z.string().nullable(),
  signedUpAt: z.iso.datetime(),
});
export type HallStudent = z.infer<typeof HallStudent>;
export const HallStudentPage = pageSchema(HallStudent);
export type HallStudentPage = z.infer<typeof HallStudentPage>;

export const HallQuery = pageQuery().extend({
  major: z.string().trim().max(50).optional(),
  /** An EDUCATION_LEVELS code. */
  education: z.string().trim().max(4).optional(),
  intention: z.string().trim().max(50).optional(),
  keyword: z.string().trim().max(50).optional(),
});
export type HallQuery = z.infer<typeof HallQuery>;

/** 从简历管理邀请: a resume the company marked 合适 or 待定. */
export const ResumeCandidate = VideoFairStudentSummary.extend({
  applicationId: z.string(),
  mark: z.enum(['suitable', 'undecided']),
  job: z.object({ id: z.string(), title: z.string() }),
  /** The student signed up for this fair (if not, accepting the invitation signs them up). */
  signedUp: z.boolean(),
  relation: z.enum(HALL_RELATIONS),
  interviewId: z.string().nullable(),
});
export type ResumeCandidate = z.infer<typeof ResumeCandidate>;
export const ResumeCandidatePage = pageSchema(ResumeCandidate);
export type ResumeCandidatePage = z.infer<typeof ResumeCandidatePage>;

// ── Inputs ──

export const CreateVideoInvitationInput = z.object({
  seekerAccountId: uuid('求职者ID格式不正确'),
  /** 求职者大厅 / 面试间 从人才大厅邀请 / 面试间 从简历管理邀请. */
  origin: z.enum(VIDEO_INVITATION_ORIGINS, '邀请方式不正确'),
  /** The 面试间 the student will queue in. */
  room: roomNumber,
  jobId: uuid('职位ID格式不正确').nullish(),
  message: z.string().trim().max(200, '邀请留言最多200字').default(''),
});
export type CreateVideoInvitationInput = z.input<typeof CreateVideoInvitationInput>;

export const ApplyVideoInterviewInput = z.object({
  /** A 面试间 of the company; the one with the shortest queue when absent. */
  room: roomNumber.nullish(),
  jobId: uuid('职位ID格式不正确').nullish(),
  message: z.string().trim().max(200, '申请留言最多200字').default(''),
});
export type ApplyVideoInterviewInput = z.input<typeof ApplyVideoInterviewInput>;

export const ReportMediumInput = z.object({ medium: z.enum(VIDEO_INTERVIEW_MEDIA, '面试方式不正确') });

export const SendVideoInterviewMessageInput = z.object({
  body: z
    .string()
    .trim()
    .min(1, '请输入消息内容')
    .max(VIDEO_INTERVIEW_MESSAGE_MAX, `消息最多${VIDEO_INTERVIEW_MESSAGE_MAX}字`),
});
export type SendVideoInterviewMessageInput = z.input<typeof SendVideoInterviewMessageInput>;

export const EvaluateVideoInterviewInput = z.object({
  score: z.number().int('评分为1-5分').min(1, '评分为1-5分').max(5, '评分为1-5分'),
  tags: z
    .array(z.enum(VIDEO_INTERVIEW_TAGS, '评价标签不正确'))
    .max(VIDEO_INTERVIEW_TAGS.length)
    .refine((tags) => new Set(tags).size === tags.length, '评价标签重复')
    .default([]),
  comment: z.string().trim().max(500, '评语最多500字').default(''),
  nextStep: z.enum(NEXT_STEP_CODES, '请选择下一步'),
  /** The job the record in 简历管理 is filed under when the student has none there yet. */
  jobId: uuid('职位ID格式不正确').nullish(),
});
export type EvaluateVideoInterviewInput = z.input<typeof EvaluateVideoInterviewInput>;

export const DeviceTestInput = z.object({
  camera: z.boolean(),
  microphone: z.boolean(),
  speaker: z.boolean(),
  rttMs: z.number().int().min(0).max(60_000).nullable(),
});
export type DeviceTestInput = z.infer<typeof DeviceTestInput>;

export const VideoInterviewListQuery = pageQuery().extend({
  state: z.enum(VIDEO_INTERVIEW_STATES).optional(),
  room: roomNumber.optional(),
});
export type VideoInterviewListQuery = z.infer<typeof VideoInterviewListQuery>;

// ── The interview, as each side sees it ──

const VideoInterviewTimes = z.object({
  createdAt: z.iso.datetime(),
  answeredAt: z.iso.datetime().nullable(),
  queuedAt: z.iso.datetime().nullable(),
  /** The student's page went silent: the place is held until `holdUntil`. */
  droppedAt: z.iso.datetime().nullable(),
  holdUntil: z.iso.datetime().nullable(),
  calledAt: z.iso.datetime().nullable(),
  /** A called student who has not joined by then is skipped (未到场). */
  joinBy: z.iso.datetime().nullable(),
  joinedAt: z.iso.datetime().nullable(),
  /** The slot's end (information: the page warns one minute before; nothing cuts the call). */
  slotEndsAt: z.iso.datetime().nullable(),
  endedAt: z.iso.datetime().nullable(),
});

/** The queue place: 1 = next; the wait in seconds (positions ahead × mean length + the call under way). */
export const QueuePlace = z.object({
  position: z.number().int(),
  ahead: z.number().int(),
  estimatedWaitSeconds: z.number().int(),
});
export type QueuePlace = z.infer<typeof QueuePlace>;

export const VideoInterviewEvaluation = z.object({
  score: z.number().int(),
  tags: z.array(z.string()),
  comment: z.string(),
  nextStep: z.enum(NEXT_STEP_CODES),
  nextStepLabel: z.string(),
  evaluatedAt: z.iso.datetime(),
  evaluatedBy: z.string().nullable(),
  applicationId: z.string().nullable(),
});
export type VideoInterviewEvaluation = z.infer<typeof VideoInterviewEvaluation>;

export const EmployerVideoInterview = VideoInterviewTimes.extend({
  id: z.string(),
  fairId: z.string(),
  registrationId: z.string(),
  room: z.number().int(),
  state: z.enum(VIDEO_INTERVIEW_STATES),
  stateLabel: z.string(),
  origin: z.enum(VIDEO_INTERVIEW_ORIGINS),
  job: z.object({ id: z.string(), title: z.string() }).nullable(),
  message: z.string(),
  student: VideoFairStudentSummary,
  /** Queued: where the student stands. */
  place: QueuePlace.nullable(),
  /** Queued or in the call and the page reports (no silence past the presence timeout). */
  present: z.boolean(),
  medium: z.enum(VIDEO_INTERVIEW_MEDIA).nullable(),
  calledBy: z.string().nullable(),
  evaluation: VideoInterviewEvaluation.nullable(),
  serverNow: ServerNow,
});
export type EmployerVideoInterview = z.infer<typeof EmployerVideoInterview>;
export const EmployerVideoInterviewPage = pageSchema(EmployerVideoInterview);
export type EmployerVideoInterviewPage = z.infer<typeof EmployerVideoInterviewPage>;

/** 面试间: the room's call under way (or the student called and awaited), its queue's length, the clock. */
export const VideoInterviewRoom = z.object({
  registrationId: z.string(),
  fairId: z.string(),
  room: z.number().int(),
  interviewerName: z.string(),
  /** The signed-in member may call and host the call in this room (its interviewer or the admin). */
  canHost: z.boolean(),
  mode: z.enum(['video', 'text']),
  slotMinutes: z.number().int(),
  current: EmployerVideoInterview.nullable(),
  queueLength: z.number().int(),
  presentInQueue: z.number().int(),
  /** Mean interview length in this room today, or the slot length before the first one. */
  meanSeconds: z.number().int(),
  pendingApplications: z.number().int(),
  serverNow: ServerNow,
});
export type VideoInterviewRoom = z.infer<typeof VideoInterviewRoom>;

/** The student's own view: never the evaluation; a result in words (已面试, 未到场, 已拒绝…). */
export const SeekerVideoInterview = VideoInterviewTimes.extend({
  id: z.string(),
  fair: z.object({ id: z.string(), title: z.string() }),
  company: z.object({ id: z.string(), name: z.string() }),
  registrationId: z.string(),
  mode: z.enum(['video', 'text']),
  room: z.number().int(),
  interviewerName: z.string(),
  state: z.enum(VIDEO_INTERVIEW_STATES),
  /** 待接受 / 已申请 / 排队中 / 面试中 / 已面试 / 未到场 / 已拒绝 / 企业未接受 / 已离开. */
  stateLabel: z.string(),
  origin: z.enum(VIDEO_INTERVIEW_ORIGINS),
  job: z.object({ id: z.string(), title: z.string() }).nullable(),
  message: z.string(),
  place: QueuePlace.nullable(),
  present: z.boolean(),
  medium: z.enum(VIDEO_INTERVIEW_MEDIA).nullable(),
  serverNow: ServerNow,
});
export type SeekerVideoInterview = z.infer<typeof SeekerVideoInterview>;
export const SeekerVideoInterviewPage = pageSchema(SeekerVideoInterview);
export type SeekerVideoInterviewPage = z.infer<typeof SeekerVideoInterviewPage>;

export const SeekerVideoInterviewQuery = pageQuery().extend({
  /** open: invitations, applications, queue places and the call; past: the rest. */
  scope: z.enum(['open', 'past', 'all']).default('all'),
  fairId: z.uuid('双选会ID格式不正确').optional(),
});
export type SeekerVideoInterviewQuery = z.infer<typeof SeekerVideoInterviewQuery>;

/** A company's page at the fair, for a student (招聘需求, jobs, rooms, where the student stands). */
export const SeekerFairCompany = z.object({
  registrationId: z.string(),
  fairId: z.string(),
  company: z.object({ id: z.string(), name: z.string() }),
  mode: z.enum(['video', 'text']),
  requirements: z.string(),
  jobs: z.array(z.object({ id: z.string(), title: z.string() })),
  rooms: z.array(
    z.object({ room: z.number().int(), interviewerName: z.string(), queueLength: z.number().int() }),
  ),
  /** The student signed up for the fair (only then may they apply). */
  signedUp: z.boolean(),
  /** The student's open interview with the company at this fair, if any. */
  interview: SeekerVideoInterview.nullable(),
});
export type SeekerFairCompany = z.infer<typeof SeekerFairCompany>;

// ── 文字沟通 ──

export const VideoInterviewMessage = z.object({
  id: z.string(),
  sender: z.enum(['company', 'student']),
  /** The sender is the caller. */
  mine: z.boolean(),
  body: z.string(),
  createdAt: z.iso.datetime(),
});
export type VideoInterviewMessage = z.infer<typeof VideoInterviewMessage>;
export const VideoInterviewMessagePage = pageSchema(VideoInterviewMessage);
export type VideoInterviewMessagePage = z.infer<typeof VideoInterviewMessagePage>;
export const VideoInterviewMessageQuery = pageQuery({ defaultSize: 50, maxSize: 100 });

// ── ①–⑨ ──

export const VIDEO_FAIR_PROCESS_STEPS = [
  { step: 1, label: '选择视频双选会报名' },
  { step: 2, label: '高校审批，同意入驻' },
  { step: 3, label: '进入面试间' },
  { step: 4, label: '测试视频设备' },
  { step: 5, label: '求职者选择公司申请视频面试' },
  { step: 6, label: '收到来自求职者的视频面试申请，接受申请' },
  { step: 7, label: '求职者进入面试间排队' },
  { step: 8, label: '点击开始面试' },
  { step: 9, label: '面试结束对求职者进行评价' },
] as const;

export const VideoFairProcessStep = z.object({
  step: z.number().int(),
  label: z.string(),
  done: z.boolean(),
  /** What to do next, or what is awaited (e.g. 待高校审核, 2 个申请待处理); null once done. */
  next: z.string().nullable(),
  /** A count the step shows (申请待处理, 排队中, 待评价), when it has one. */
  count: z.number().int().nullable(),
});
export const VideoFairProcess = z.object({
  registrationId: z.string(),
  steps: z.array(VideoFairProcessStep),
});
export type VideoFairProcess = z.infer<typeof VideoFairProcess>;

export const RoomCheckResult = z.object({ room: z.number().int(), at: z.iso.datetime() });

/** 简历管理: the video fair evaluations of one application. */
export const ApplicationVideoEvaluation = VideoInterviewEvaluation.extend({
  interviewId: z.string(),
  fair: z.object({ id: z.string(), title: z.string() }),
  room: z.number().int(),
  medium: z.enum(VIDEO_INTERVIEW_MEDIA).nullable(),
  endedAt: z.iso.datetime().nullable(),
});
export const ApplicationVideoEvaluationList = z.object({ items: z.array(ApplicationVideoEvaluation) });
export type ApplicationVideoEvaluationList = z.infer<typeof ApplicationVideoEvaluationList>;
