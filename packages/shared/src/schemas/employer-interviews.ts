import { z } from 'zod';
import { pageSchema } from './paging';

// Seed 002 首页: 面试安排 (面试夹, 新增面试, 群发通知), 校招日历/待办事项 and the console's 工作台.
// Everything is scoped to the caller's company: another company's record is 404.
//
//   GET    /api/employer/interview-folder?page&pageSize            → InterviewFolderPage
//   POST   /api/employer/interview-folder  AddToInterviewFolderInput → AddToInterviewFolderResult
//   DELETE /api/employer/interview-folder/:applicationId            → { ok: true }
//   GET    /api/employer/interview-sessions?page&pageSize           → InterviewSessionPage (upcoming first)
//   POST   /api/employer/interview-sessions  CreateInterviewSessionInput → InterviewSessionDetail
//   GET    /api/employer/interview-sessions/:id                     → InterviewSessionDetail
//   POST   /api/employer/interview-sessions/:id/notify  NotifyInterviewSessionInput → NotifyInterviewSessionResult
//   GET    /api/employer/calendar?from&to                           → EmployerCalendar
//   GET    /api/employer/todos?kind&status&page&pageSize            → EmployerTodoPage
//   POST   /api/employer/todos  EmployerTodoInput                   → EmployerTodo (招聘活动)
//   PUT    /api/employer/todos/:id  EmployerTodoInput               → EmployerTodo (hand-made only)
//   DELETE /api/employer/todos/:id                                  → { ok: true } (hand-made only)
//   POST   /api/employer/todos/:id/complete                         → EmployerTodo
//   GET    /api/employer/dashboard                                  → EmployerDashboard

export const INTERVIEW_SESSION_MODE_LABELS = {
  offline: '线下面试',
  campus_remote: '学校远程面试',
} as const;
export type InterviewSessionMode = keyof typeof INTERVIEW_SESSION_MODE_LABELS;
const SESSION_MODES = ['offline', 'campus_remote'] as const;

/** The candidate's answer to the notice: the interview round's state. */
export const INTERVIEW_ANSWER_LABELS = {
  invited: '待回复',
  accepted: '参加',
  declined: '不参加',
  confirmed: '已确认',
} as const;
export type InterviewAnswer = keyof typeof INTERVIEW_ANSWER_LABELS;
const ANSWERS = ['invited', 'accepted', 'declined', 'confirmed'] as const;

export const INTERVIEW_NOTIFY_STATE_LABELS = {
  pending: '未通知',
  sent: '已通知',
  failed: '通知失败',
} as const;
export type InterviewNotifyState = keyof typeof INTERVIEW_NOTIFY_STATE_LABELS;
const NOTIFY_STATES = ['pending', 'sent', 'failed'] as const;

export const EMPLOYER_TODO_KIND_LABELS = {
  presentation: '宣讲会',
  job_fair: '双选会',
  recruiting_event: '招聘活动',
} as const;
export type EmployerTodoKind = keyof typeof EMPLOYER_TODO_KIND_LABELS;
const TODO_KINDS = ['presentation', 'job_fair', 'recruiting_event'] as const;

/** A 面试夹 takes at most this many resumes at once; 新增面试 imports at most this many candidates. */
export const INTERVIEW_FOLDER_BATCH_MAX = 100;
/** 一键通知 sends at most this many notices per request; the console walks them in smaller batches. */
export const INTERVIEW_NOTIFY_BATCH_MAX = 20;
/** The calendar answers at most this many days at once (a month view shows six weeks). */
export const CALENDAR_RANGE_MAX_DAYS = 62;

export const InterviewPageQuery = z.object({
  page: z.coerce.number().int('页码不正确').min(1, '页码不正确').default(1),
  pageSize: z.coerce.number().int().min(1).max(50, '每页最多50条').default(20),
});
export type InterviewPageQuery = z.input<typeof InterviewPageQuery>;

const ApplicationIds = (max: number) =>
  z
    .array(z.uuid('应聘记录ID格式不正确'), { error: '请选择简历' })
    .min(1, '请至少选择一份简历')
    .max(max, `一次最多选择${max}份简历`);

const Candidate = z.object({
  name: z.string(),
  sex: z.enum(['M', 'F']),
  educationLabel: z.string().nullable(),
  mobileMasked: z.string(),
});

export const InterviewFolderItem = z.object({
  applicationId: z.string(),
  candidate: Candidate,
  job: z.object({ id: z.string(), title: z.string() }),
  /** 简历管理's mark (合适 / 待定 / 不合适); null = 未处理. */
  mark: z.enum(['suitable', 'undecided', 'unsuitable']).nullable(),
  markLabel: z.string(),
  stateLabel: z.string(),
  withdrawn: z.boolean(),
  appliedAt: z.string(),
  addedAt: z.string(),
});
export type InterviewFolderItem = z.infer<typeof InterviewFolderItem>;

export const InterviewFolderPage = pageSchema(InterviewFolderItem);
export type InterviewFolderPage = z.infer<typeof InterviewFolderPage>;

export const AddToInterviewFolderInput = z.object({
  applicationIds: ApplicationIds(INTERVIEW_FOLDER_BATCH_MAX),
});
export type AddToInterviewFolderInput = z.input<typeof AddToInterviewFolderInput>;

export const AddToInterviewFolderResult = z.object({
  added: z.number(),
  /** Already in the 面试夹 (a second click adds nothing). */
  alreadyInFolder: z.number(),
});
export type AddToInterviewFolderResult = z.infer<typeof AddToInterviewFolderResult>;

const isoTime = (message: string) => z.iso.datetime({ offset: true, error: message });

/** 新增面试: 线下面试 at an address, or 学校远程面试 with a university and a meeting link or room. */
export const CreateInterviewSessionInput = z
  .object({
    mode: z.enum(SESSION_MODES, { error: '请选择面试方式' }),
    title: z.string().trim().min(1, '请填写面试名称').max(60, '面试名称不能超过60个字'),
    jobId: z.uuid('请选择职位').nullish(),
    universityId: z.uuid('请选择学校').nullish(),
    startsAt: isoTime('请选择面试开始时间'),
    endsAt: isoTime('结束时间格式不正确').nullish(),
    location: z.string().trim().min(1, '请填写面试地点').max(200, '面试地点不能超过200个字'),
    contactName: z.string().trim().min(1, '请填写单位联系人').max(30, '单位联系人不能超过30个字'),
    contactPhone: z
      .string()
      .trim()
      .min(5, '请填写联系电话')
      .max(30, '联系电话格式不正确')
      .regex(/^[\d\-+() ]+$/, '联系电话格式不正确'),
    note: z.string().trim().max(500, '备注不能超过500个字').default(''),
    applicationIds: ApplicationIds(INTERVIEW_FOLDER_BATCH_MAX),
  })
  .superRefine((input, ctx) => {
    if (input.mode === 'campus_remote' && !input.universityId) {
      ctx.addIssue({ code: 'custom', path: ['universityId'], message: '学校远程面试请选择学校' });
    }
    if (input.endsAt && Date.parse(input.endsAt) <= Date.parse(input.startsAt)) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: '结束时间须晚于开始时间' });
    }
  });
export type CreateInterviewSessionInput = z.input<typeof CreateInterviewSessionInput>;

export const InterviewSessionCounts = z.object({
  total: z.number(),
  /** Not notified yet / notice failed. */
  pending: z.number(),
  failed: z.number(),
  invited: z.number(),
  accepted: z.number(),
  declined: z.number(),
  confirmed: z.number(),
});

export const InterviewSessionSummary = z.object({
  id: z.string(),
  mode: z.enum(SESSION_MODES),
  modeLabel: z.string(),
  title: z.string(),
  job: z.object({ id: z.string(), title: z.string() }).nullable(),
  university: z.object({ id: z.string(), name: z.string() }).nullable(),
  startsAt: z.string(),
  endsAt: z.string().nullable(),
  location: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  note: z.string(),
  counts: InterviewSessionCounts,
  createdAt: z.string(),
});
export type InterviewSessionSummary = z.infer<typeof InterviewSessionSummary>;

export const InterviewSessionPage = pageSchema(InterviewSessionSummary);
export type InterviewSessionPage = z.infer<typeof InterviewSessionPage>;

export const InterviewSessionCandidate = z.object({
  applicationId: z.string(),
  candidate: Candidate,
  job: z.object({ id: z.string(), title: z.string() }),
  notifyState: z.enum(NOTIFY_STATES),
  notifyStateLabel: z.string(),
  /** Why the notice could not be sent, in Chinese (e.g. the seeker withdrew the application). */
  notifyError: z.string().nullable(),
  notifiedAt: z.string().nullable(),
  /** The answer to this session's notice; null until it is sent. */
  answer: z.enum(ANSWERS).nullable(),
  answerLabel: z.string().nullable(),
});
export type InterviewSessionCandidate = z.infer<typeof InterviewSessionCandidate>;

export const InterviewSessionDetail = InterviewSessionSummary.extend({
  candidates: z.array(InterviewSessionCandidate),
});
export type InterviewSessionDetail = z.infer<typeof InterviewSessionDetail>;

export const NotifyInterviewSessionInput = z.object({
  /** Default: the next pending candidates, at most INTERVIEW_NOTIFY_BATCH_MAX. */
  applicationIds: z
    .array(z.uuid('应聘记录ID格式不正确'))
    .min(1, '请至少选择一位求职者')
    .max(INTERVIEW_NOTIFY_BATCH_MAX, `每次最多通知${INTERVIEW_NOTIFY_BATCH_MAX}位求职者`)
    .optional(),
});
export type NotifyInterviewSessionInput = z.input<typeof NotifyInterviewSessionInput>;

export const NotifyOutcome = z.object({
  applicationId: z.string(),
  name: z.string(),
  /** skipped: notified before (a second click never sends twice). */
  outcome: z.enum(['sent', 'failed', 'skipped']),
  reason: z.string().nullable(),
});
export type NotifyOutcome = z.infer<typeof NotifyOutcome>;

export const NotifyInterviewSessionResult = z.object({
  results: z.array(NotifyOutcome),
  /** Candidates still waiting for a notice after this batch. */
  remaining: z.number(),
});
export type NotifyInterviewSessionResult = z.infer<typeof NotifyInterviewSessionResult>;

const DATE = z.iso.date('日期格式不正确');

export const CalendarQuery = z
  .object({ from: DATE, to: DATE })
  .refine((range) => range.from <= range.to, { path: ['to'], message: '结束日期不能早于开始日期' })
  .refine((range) => (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000 < CALENDAR_RANGE_MAX_DAYS, {
    path: ['to'],
    message: `一次最多查询${CALENDAR_RANGE_MAX_DAYS}天`,
  });
export type CalendarQuery = z.input<typeof CalendarQuery>;

export const EmployerTodo = z.object({
  id: z.string(),
  kind: z.enum(TODO_KINDS),
  kindLabel: z.string(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string().nullable(),
  location: z.string(),
  note: z.string(),
  /** 宣讲会 and 双选会 come from 校园招聘: they cannot be edited or deleted here. */
  fromCampus: z.boolean(),
  completedAt: z.string().nullable(),
});
export type EmployerTodo = z.infer<typeof EmployerTodo>;

export const CalendarInterview = InterviewSessionSummary.pick({
  id: true,
  mode: true,
  modeLabel: true,
  title: true,
  startsAt: true,
  endsAt: true,
  location: true,
}).extend({ candidateCount: z.number() });
export type CalendarInterview = z.infer<typeof CalendarInterview>;

export const EmployerCalendar = z.object({
  todos: z.array(EmployerTodo),
  interviews: z.array(CalendarInterview),
});
export type EmployerCalendar = z.infer<typeof EmployerCalendar>;

export const EmployerTodoQuery = InterviewPageQuery.extend({
  kind: z.enum(TODO_KINDS, { error: '提醒类型不正确' }).optional(),
  status: z.enum(['open', 'completed', 'all'], { error: '状态不正确' }).default('open'),
});
export type EmployerTodoQuery = z.input<typeof EmployerTodoQuery>;

export const EmployerTodoPage = pageSchema(EmployerTodo);
export type EmployerTodoPage = z.infer<typeof EmployerTodoPage>;

/** 待办事项>新增: a 招聘活动 (宣讲会 and 双选会 arrive from 校园招聘). */
export const EmployerTodoInput = z
  .object({
    title: z.string().trim().min(1, '请填写活动名称').max(60, '活动名称不能超过60个字'),
    startsAt: isoTime('请选择开始时间'),
    endsAt: isoTime('结束时间格式不正确').nullish(),
    location: z.string().trim().max(200, '地点不能超过200个字').default(''),
    note: z.string().trim().max(500, '备注不能超过500个字').default(''),
  })
  .refine((input) => !input.endsAt || Date.parse(input.endsAt) > Date.parse(input.startsAt), {
    path: ['endsAt'],
    message: '结束时间须晚于开始时间',
  });
export type EmployerTodoInput = z.input<typeof EmployerTodoInput>;

export const EmployerDashboard = z.object({
  /** 待查看简历: current applications not opened yet (→ 简历管理>未处理). */
  newResumes: z.number(),
  /** 今日面试: sessions today and confirmed interviews today (Asia/Shanghai). */
  todayInterviews: z.number(),
  /** 招聘中职位. */
  recruitingJobs: z.number(),
  /** 待确认邀约: 高校人才 invitations the students have not answered. */
  pendingInvitations: z.number(),
  /** Applications received per Shanghai day, the last 30 days, oldest first, zero-filled. */
  applicationsPerDay: z.array(z.object({ date: z.string(), count: z.number() })),
});
export type EmployerDashboard = z.infer<typeof EmployerDashboard>;
