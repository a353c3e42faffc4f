import { z } from 'zod';
import { pageQuery, pageSchema } from './paging';
import { RechargeOrder } from './points';

// 视频双选会 (issue 13 §2; seed 002 云校招 > 视频双选会): a university's online fair. Companies 去报名
// (面试方式, 招聘需求, 面试官 per 面试间, 是否开票, 《视频双选会协议》) and pay the fee in 快点 or by
// WeChat Pay; the university reviews the registration (`video_fair_registration`, 3 working days);
// a refused or cancelled registration gets its fee back. Students of the university sign up.
//
// Routes (errors are ErrorBody; field errors in details.fields):
//   GET  /api/university/video-fairs?when=&page=&pageSize=           → UniversityVideoFairPage
//   POST /api/university/video-fairs  VideoFairInput                 → UniversityVideoFairDetail
//   GET  /api/university/video-fairs/:fairId                         → UniversityVideoFairDetail (面试间情况)
//   PUT  /api/university/video-fairs/:fairId  VideoFairInput          → UniversityVideoFairDetail
//   POST /api/university/video-fairs/:fairId/cancel  CancelVideoFairInput → UniversityVideoFairDetail
//   GET  /api/employer/video-fairs?q=&phase=&page=&pageSize=          → EmployerVideoFairPage
//   GET  /api/employer/video-fairs/:fairId                            → EmployerVideoFair
//   GET  /api/employer/video-fairs/interviewer-options                → VideoFairInterviewerOptions (本单位成员)
//   POST /api/employer/video-fairs/:fairId/registrations  RegisterVideoFairInput, Idempotency-Key
//                                                                     → VideoFairRegistration (确认报名并支付)
//   GET  /api/employer/video-fair-registrations?page=&pageSize=       → VideoFairRegistrationPage (我的报名)
//   GET  /api/employer/video-fair-registrations/:registrationId       → VideoFairRegistration
//   POST /api/employer/video-fair-registrations/:registrationId/cancel → VideoFairRegistration (取消报名)
//   GET  /api/seeker/video-fairs                                      → SeekerVideoFairList (本校)
//   GET  /api/seeker/video-fairs/:fairId                              → SeekerVideoFairDetail
//   POST /api/seeker/video-fairs/:fairId/signup                       → SeekerVideoFairDetail (报名参加)
//   DELETE /api/seeker/video-fairs/:fairId/signup                     → SeekerVideoFairDetail (取消报名)

export const VIDEO_FAIR_LIMITS = {
  titleMaxChars: 60,
  descriptionMaxChars: 2000,
  agreementMaxChars: 20_000,
  requirementsMaxChars: 1000,
  jobsMax: 20,
  roomsMax: 10,
  capacityMax: 2000,
  feeMax: 100_000,
} as const;

export const VIDEO_FAIR_MODES = ['video', 'text'] as const;
export type VideoFairMode = (typeof VIDEO_FAIR_MODES)[number];
export const VIDEO_FAIR_MODE_LABELS: Record<VideoFairMode, string> = {
  video: '视频招聘',
  text: '文字沟通',
};

export const VIDEO_FAIR_REGISTRATION_STATES = [
  'awaiting_payment',
  'pending',
  'approved',
  'rejected',
  'cancelled',
] as const;
export type VideoFairRegistrationState = (typeof VIDEO_FAIR_REGISTRATION_STATES)[number];
export const VIDEO_FAIR_REGISTRATION_STATE_LABELS: Record<VideoFairRegistrationState, string> = {
  awaiting_payment: '待支付',
  pending: '待审核',
  approved: '已通过',
  rejected: '未通过',
  cancelled: '已取消',
};

/** 报名中 / 已截止 / 进行中 / 已结束 / 已取消, on the server's clock. */
export const VIDEO_FAIR_PHASES = [
  'registration_open',
  'registration_closed',
  'ongoing',
  'ended',
  'cancelled',
] as const;
export type VideoFairPhase = (typeof VIDEO_FAIR_PHASES)[number];
export const VIDEO_FAIR_PHASE_LABELS: Record<VideoFairPhase, string> = {
  registration_open: '报名中',
  registration_closed: '已截止',
  ongoing: '进行中',
  ended: '已结束',
  cancelled: '已取消',
};

const isoTime = z.iso.datetime({ offset: true, message: '时间格式不正确' });

/** 新建视频双选会 / 编辑. */
export const VideoFairInput = z
  .object({
    title: z
      .string()
      .trim()
      .min(2, '请输入双选会名称（2-60个字）')
      .max(VIDEO_FAIR_LIMITS.titleMaxChars, '双选会名称不能超过60个字'),
    description: z
      .string()
      .trim()
      .max(VIDEO_FAIR_LIMITS.descriptionMaxChars, '简介不能超过2000个字')
      .default(''),
    startsAt: isoTime,
    endsAt: isoTime,
    slotMinutes: z
      .number('请输入面试时长')
      .int('面试时长须为整数分钟')
      .min(5, '面试时长为5-120分钟')
      .max(120, '面试时长为5-120分钟'),
    registrationDeadline: isoTime,
    feePoints: z
      .number('请输入报名费')
      .int('报名费须为整数快点')
      .min(0, '报名费不能为负数')
      .max(VIDEO_FAIR_LIMITS.feeMax, `报名费不能超过${VIDEO_FAIR_LIMITS.feeMax}快点`),
    capacity: z
      .number('请输入单位名额')
      .int('单位名额须为整数')
      .min(1, '单位名额至少为1')
      .max(VIDEO_FAIR_LIMITS.capacityMax, `单位名额不能超过${VIDEO_FAIR_LIMITS.capacityMax}`),
    allowVideo: z.boolean().default(true),
    allowText: z.boolean().default(true),
    agreementText: z
      .string()
      .trim()
      .min(10, '请填写《视频双选会协议》（至少10个字）')
      .max(VIDEO_FAIR_LIMITS.agreementMaxChars, '协议不能超过20000个字'),
  })
  .superRefine((value, ctx) => {
    if (Date.parse(value.endsAt) <= Date.parse(value.startsAt))
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: '结束时间须晚于开始时间' });
    if (Date.parse(value.registrationDeadline) > Date.parse(value.endsAt))
      ctx.addIssue({
        code: 'custom',
        path: ['registrationDeadline'],
        message: '报名截止时间不能晚于双选会结束时间',
      });
    if (!value.allowVideo && !value.allowText)
      ctx.addIssue({ code: 'custom', path: ['allowVideo'], message: '请至少选择一种面试方式' });
  });
export type VideoFairInput = z.input<typeof VideoFairInput>;

export const CancelVideoFairInput = z.object({
  reason: z.string().trim().min(2, '请填写取消原因').max(200, '取消原因不能超过200个字'),
});
export type CancelVideoFairInput = z.infer<typeof CancelVideoFairInput>;

const University = z.object({ id: z.string(), name: z.string() });

/** A fair as every audience sees it. */
export const VideoFair = z.object({
  id: z.string(),
  university: University,
  title: z.string(),
  description: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  slotMinutes: z.number().int(),
  registrationDeadline: z.string(),
  feePoints: z.number().int(),
  capacity: z.number().int(),
  registeredCount: z.number().int(),
  agreementText: z.string(),
  allowVideo: z.boolean(),
  allowText: z.boolean(),
  state: z.enum(['published', 'cancelled']),
  cancelReason: z.string().nullable(),
  phase: z.enum(VIDEO_FAIR_PHASES),
});
export type VideoFair = z.infer<typeof VideoFair>;

/** The university's list: the counts of 报名 and of the interviews. */
export const UniversityVideoFair = VideoFair.extend({
  counts: z.object({
    pending: z.number().int(),
    approved: z.number().int(),
    students: z.number().int(),
    /** 已面试 (completed interviews). */
    interviewed: z.number().int(),
    /** 排队中 now. */
    queued: z.number().int(),
  }),
});
export type UniversityVideoFair = z.infer<typeof UniversityVideoFair>;
export const UniversityVideoFairPage = pageSchema(UniversityVideoFair);
export type UniversityVideoFairPage = z.infer<typeof UniversityVideoFairPage>;
export const UniversityVideoFairListQuery = pageQuery({ defaultSize: 20, maxSize: 50 }).extend({
  when: z.enum(['upcoming', 'past', 'all']).default('all'),
});

export const VideoFairRoomStatus = z.object({
  room: z.number().int(),
  interviewerName: z.string(),
  queued: z.number().int(),
  inProgress: z.number().int(),
  completed: z.number().int(),
});

/** 查看面试间情况: per registered company its rooms and their queues. */
export const UniversityVideoFairDetail = UniversityVideoFair.extend({
  companies: z.array(
    z.object({
      registrationId: z.string(),
      company: z.object({ id: z.string(), name: z.string() }),
      mode: z.enum(VIDEO_FAIR_MODES),
      state: z.enum(VIDEO_FAIR_REGISTRATION_STATES),
      reviewRequestId: z.string().nullable(),
      rooms: z.array(VideoFairRoomStatus),
    }),
  ),
});
export type UniversityVideoFairDetail = z.infer<typeof UniversityVideoFairDetail>;

/** The company's view of a fair: its own live registration, if any, and the places left. */
export const EmployerVideoFair = VideoFair.extend({
  placesLeft: z.number().int(),
  myRegistration: z.object({ id: z.string(), state: z.enum(VIDEO_FAIR_REGISTRATION_STATES) }).nullable(),
});
export type EmployerVideoFair = z.infer<typeof EmployerVideoFair>;
export const EmployerVideoFairPage = pageSchema(EmployerVideoFair);
export type EmployerVideoFairPage = z.infer<typeof EmployerVideoFairPage>;
export const EmployerVideoFairListQuery = pageQuery({ defaultSize: 20, maxSize: 50 }).extend({
  /** Searches the fair's and the university's names. */
  q: z.string().trim().max(40, '关键词不能超过40个字').optional(),
  phase: z.enum(['registration_open', 'registration_closed', 'ongoing', 'ended']).optional(),
});
export type EmployerVideoFairListQuery = z.input<typeof EmployerVideoFairListQuery>;

export const VideoFairInterviewerInput = z.object({
  room: z.number().int().min(1, '面试间编号从1开始').max(VIDEO_FAIR_LIMITS.roomsMax, '最多10个面试间'),
  name: z.string().trim().min(1, '请输入面试官姓名').max(20, '面试官姓名不能超过20个字'),
  accountId: z.uuid('请选择登录该面试间的成员'),
});

/** The company's active members, who may log in to a 面试间 (any HR member may read them here). */
export const VideoFairInterviewerOptions = z.object({
  members: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type VideoFairInterviewerOptions = z.infer<typeof VideoFairInterviewerOptions>;

/** 去报名 > 确认报名并支付. */
export const RegisterVideoFairInput = z
  .object({
    mode: z.enum(VIDEO_FAIR_MODES, '请选择面试方式'),
    requirements: z
      .string()
      .trim()
      .min(2, '请填写招聘需求')
      .max(VIDEO_FAIR_LIMITS.requirementsMaxChars, '招聘需求不能超过1000个字'),
    jobIds: z.array(z.uuid('职位不正确')).max(VIDEO_FAIR_LIMITS.jobsMax, '最多选择20个职位').default([]),
    interviewers: z
      .array(VideoFairInterviewerInput)
      .min(1, '请至少设置一个面试间的面试官')
      .max(VIDEO_FAIR_LIMITS.roomsMax, '最多10个面试间'),
    wantsInvoice: z.boolean().default(false),
    agreed: z.literal(true, { error: '请阅读并同意《视频双选会协议》' }),
    payWith: z.enum(['points', 'wechat'], '请选择支付方式'),
  })
  .superRefine((value, ctx) => {
    const rooms = value.interviewers.map((row) => row.room);
    if (new Set(rooms).size !== rooms.length)
      ctx.addIssue({ code: 'custom', path: ['interviewers'], message: '面试间编号不能重复' });
  });
export type RegisterVideoFairInput = z.input<typeof RegisterVideoFairInput>;

export const VideoFairInterviewer = z.object({
  room: z.number().int(),
  name: z.string(),
  accountId: z.string(),
  /** The member's display name (who logs in to the room). */
  accountName: z.string(),
});

/** A company's 报名 as the company sees it (我的报名). */
export const VideoFairRegistration = z.object({
  id: z.string(),
  fair: VideoFair.pick({
    id: true,
    title: true,
    university: true,
    startsAt: true,
    endsAt: true,
    slotMinutes: true,
    registrationDeadline: true,
    state: true,
    phase: true,
  }),
  company: z.object({ id: z.string(), name: z.string() }),
  mode: z.enum(VIDEO_FAIR_MODES),
  requirements: z.string(),
  jobs: z.array(z.object({ id: z.string(), title: z.string() })),
  interviewers: z.array(VideoFairInterviewer),
  wantsInvoice: z.boolean(),
  feePoints: z.number().int(),
  paidWith: z.enum(['points', 'wechat']),
  paidAt: z.string().nullable(),
  state: z.enum(VIDEO_FAIR_REGISTRATION_STATES),
  rejectReason: z.string().nullable(),
  refundedAt: z.string().nullable(),
  /** Where the refunded fee went: 快点 (points), back by WeChat Pay, or kept as 快点 when WeChat refused. */
  refund: z.enum(['points', 'wechat', 'wechat_failed']).nullable(),
  /** The WeChat order while it is to be paid (the cashier). */
  paymentOrder: RechargeOrder.nullable(),
  /** The review's due date while pending. */
  dueAt: z.string().nullable(),
  /** 取消报名 is open: awaiting payment or pending review, the fair not cancelled. */
  canCancel: z.boolean(),
  createdAt: z.string(),
});
export type VideoFairRegistration = z.infer<typeof VideoFairRegistration>;
export const VideoFairRegistrationPage = pageSchema(VideoFairRegistration);
export type VideoFairRegistrationPage = z.infer<typeof VideoFairRegistrationPage>;
export const VideoFairRegistrationListQuery = pageQuery({ defaultSize: 20, maxSize: 50 });

/** A fair in the students' app (本校). */
export const SeekerVideoFair = VideoFair.pick({
  id: true,
  university: true,
  title: true,
  description: true,
  startsAt: true,
  endsAt: true,
  slotMinutes: true,
  state: true,
  phase: true,
}).extend({
  signedUp: z.boolean(),
  studentCount: z.number().int(),
  companyCount: z.number().int(),
});
export type SeekerVideoFair = z.infer<typeof SeekerVideoFair>;
export const SeekerVideoFairList = z.object({ items: z.array(SeekerVideoFair) });
export type SeekerVideoFairList = z.infer<typeof SeekerVideoFairList>;

export const SeekerVideoFairCompany = z.object({
  registrationId: z.string(),
  company: z.object({ id: z.string(), name: z.string() }),
  mode: z.enum(VIDEO_FAIR_MODES),
  requirements: z.string(),
  jobs: z.array(z.object({ id: z.string(), title: z.string() })),
});
export const SeekerVideoFairDetail = SeekerVideoFair.extend({
  companies: z.array(SeekerVideoFairCompany),
  /** 取消报名 is open (signed up, the fair not started). */
  canCancelSignup: z.boolean(),
});
export type SeekerVideoFairDetail = z.infer<typeof SeekerVideoFairDetail>;
