import { z } from 'zod';
import { codesOf } from '../enums/dictionary';
import { EDUCATION_LEVELS } from '../enums/education';
import { APPLICATION_STATES, type ApplicationState, InterviewView, Message } from './applications';
import { pageSchema } from './paging';
import { Resume } from './seeker-profile';

// Seed 002 简历管理 and the employer's side of seed 000 §六 (/api/employer/applications):
//   GET  /api/employer/applications                      → EmployerApplicationList (tabs, 筛选, paged)
//   GET  /api/employer/applications/job-options          → ApplicationJobOption[] (投递职位)
//   GET  /api/employer/applications/:id                  → EmployerApplicationDetail (marks it viewed)
//   GET  /api/employer/applications/:id/thread           → EmployerThread (clears the unread count)
//   GET  /api/employer/applications/:id/resume.pdf       → the resume as a PDF
//   POST /api/employer/applications/resumes.zip          ← DownloadResumesInput → zip of PDFs
//   POST /api/employer/applications/:id/mark             ← MarkApplicationInput → EmployerApplicationSummary
//   POST /api/employer/applications/marks                ← MarkApplicationsInput → MarkApplicationsResult
//   POST /api/employer/applications/:id/messages         ← SendMessageInput → Message
//   POST /api/employer/applications/:id/interview        ← SendInterviewNoticeInput → EmployerInterviewResult
//   POST /api/employer/applications/:id/interview/confirm ← InterviewDetails → EmployerInterviewResult
//   GET  /api/employer/events                            → text/event-stream (EMPLOYER_EVENT_TYPES, events.ts)

/** How a resume reached the company (seed 002: 投递职位、来源、学历). */
export const APPLICATION_SOURCES = [
  { code: 'application', label: '投递' },
  { code: 'talent_download', label: '人才下载' },
  { code: 'invitation', label: '邀约' },
  { code: 'job_fair', label: '双选会' },
] as const;
export type ApplicationSource = (typeof APPLICATION_SOURCES)[number]['code'];
const SOURCE_CODES = codesOf(APPLICATION_SOURCES);

/** The HR person's mark (ADR 010): the company's own, never shown to the seeker. */
export const APPLICATION_MARKS = [
  { code: 'suitable', label: '合适' },
  { code: 'undecided', label: '待定' },
  { code: 'unsuitable', label: '不合适' },
] as const;
export type ApplicationMark = (typeof APPLICATION_MARKS)[number]['code'];
const MARK_CODES = codesOf(APPLICATION_MARKS);

/** 简历管理's tabs: no mark is 未处理, then one tab per mark. */
export const RESUME_TABS = [{ code: 'unprocessed', label: '未处理' }, ...APPLICATION_MARKS] as const;
export type ResumeTab = (typeof RESUME_TABS)[number]['code'];
const TAB_CODES = codesOf(RESUME_TABS);

/**
 * The HR console's words for an application's state (seed 002 简历管理: new applications are
 * 未处理). The seeker sees APPLICATION_STATE_LABELS instead.
 */
export const EMPLOYER_STATE_LABELS: Record<ApplicationState, string> = {
  submitted: '未查看',
  viewed: '已查看',
  interview_invited: '已发面试通知，待求职者答复',
  interview_accepted: '求职者参加面试，待确认',
  interview_confirmed: '面试已确认',
  interview_declined: '求职者不参加面试',
  withdrawn: '求职者已撤销',
};

/** At most this many resumes are marked, or downloaded as one zip, per request. */
export const MARK_BATCH_LIMIT = 100;
export const DOWNLOAD_BATCH_LIMIT = 50;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式不正确');
const flag = z
  .enum(['true', 'false', '1', '0'], { error: '参数格式不正确' })
  .transform((value) => value === 'true' || value === '1');

export const EmployerApplicationQuery = z
  .object({
    /** Absent: every tab. */
    tab: z.enum(TAB_CODES, { error: '列表不正确' }).optional(),
    jobId: z.uuid('职位ID格式不正确').optional(),
    source: z.enum(SOURCE_CODES, { error: '来源不正确' }).optional(),
    education: z.enum(codesOf(EDUCATION_LEVELS), { error: '学历不正确' }).optional(),
    /** 投递时间, Shanghai calendar days, both inclusive. */
    appliedFrom: day.optional(),
    appliedTo: day.optional(),
    state: z.enum(APPLICATION_STATES, { error: '状态不正确' }).optional(),
    /**
     * A withdrawn application has left the tabs (the seeker took it back); 筛选 “显示已撤销” lists
     * them again, marked 已撤销. Asking for state=withdrawn lists them too.
     */
    includeWithdrawn: flag.default(false),
    page: z.coerce.number().int('页码不正确').min(1, '页码不正确').max(10_000, '页码不正确').default(1),
    pageSize: z.coerce.number().int().min(1, '每页条数不正确').max(50, '每页最多50条').default(20),
  })
  .refine((q) => !q.appliedFrom || !q.appliedTo || q.appliedFrom <= q.appliedTo, {
    message: '开始日期不能晚于结束日期',
    path: ['appliedTo'],
  });
export type EmployerApplicationQuery = z.infer<typeof EmployerApplicationQuery>;
export type EmployerApplicationQueryInput = z.input<typeof EmployerApplicationQuery>;

const ApplicantSummary = z.object({
  name: z.string(),
  sex: z.enum(['M', 'F']),
  age: z.number(),
  /** Education level code and its label; null until the seeker completed the profile. */
  education: z.string().nullable(),
  educationLabel: z.string().nullable(),
  mobileMasked: z.string(),
});

export const EmployerApplicationSummary = z.object({
  id: z.string(),
  job: z.object({ id: z.string(), title: z.string() }),
  seeker: ApplicantSummary,
  state: z.enum(APPLICATION_STATES),
  stateLabel: z.string(),
  source: z.enum(SOURCE_CODES),
  sourceLabel: z.string(),
  /** null = 未处理. */
  mark: z.enum(MARK_CODES).nullable(),
  markLabel: z.string(),
  withdrawn: z.boolean(),
  appliedAt: z.string(),
  lastChangedAt: z.string(),
  viewed: z.boolean(),
  unreadMessages: z.number(),
});
export type EmployerApplicationSummary = z.infer<typeof EmployerApplicationSummary>;

export const ResumeTabCounts = z.object({
  unprocessed: z.number(),
  suitable: z.number(),
  undecided: z.number(),
  unsuitable: z.number(),
});
export type ResumeTabCounts = z.infer<typeof ResumeTabCounts>;

/** A page of the asked tab's rows under the filters (`total` counts them). */
export const EmployerApplicationList = pageSchema(EmployerApplicationSummary).extend({
  /** Each tab's rows under the same filters. */
  counts: ResumeTabCounts,
});
export type EmployerApplicationList = z.infer<typeof EmployerApplicationList>;

/** What HR reads of an applicant: the seeker applied, so the contact details are shown (and audited). */
export const EmployerApplicationDetail = EmployerApplicationSummary.extend({
  seeker: ApplicantSummary.extend({
    mobile: z.string(),
    politicalStatusLabel: z.string().nullable(),
    householdRegistration: z.string(),
  }),
  resume: Resume.pick({
    educations: true,
    experiences: true,
    skills: true,
    certificates: true,
    jobIntention: true,
    selfIntroduction: true,
    updatedAt: true,
  }).nullable(),
  interview: InterviewView.nullable(),
  messages: z.array(Message),
});
export type EmployerApplicationDetail = z.infer<typeof EmployerApplicationDetail>;

/** The employer's side of the 通知 dialog: what to show and which actions apply now. */
export const EmployerThread = z.object({
  application: EmployerApplicationSummary,
  interview: InterviewView.nullable(),
  messages: z.array(Message),
  /** 发送面试通知 applies (not while one waits for an answer, not after 不参加面试 or withdrawal). */
  canSendInterviewNotice: z.boolean(),
  /** The seeker chose 参加面试: 确认面试 applies. */
  canConfirmInterview: z.boolean(),
});
export type EmployerThread = z.infer<typeof EmployerThread>;

/** After an interview notice or confirmation: the application, its interview round and the message sent. */
export const EmployerInterviewResult = z.object({
  application: EmployerApplicationSummary,
  interview: InterviewView,
  message: Message,
});
export type EmployerInterviewResult = z.infer<typeof EmployerInterviewResult>;

/** 标记: 合适 / 待定 / 不合适, or null to put it back in 未处理. */
export const MarkApplicationInput = z.object({
  mark: z.enum(MARK_CODES, { error: '标记不正确' }).nullable(),
});
export type MarkApplicationInput = z.infer<typeof MarkApplicationInput>;

const applicationIds = (limit: number, what: string) =>
  z
    .array(z.uuid('应聘记录ID格式不正确'), { error: '请选择简历' })
    .min(1, '请选择简历')
    .max(limit, `一次最多${what}${limit}份简历`)
    .transform((ids) => [...new Set(ids)]);

export const MarkApplicationsInput = MarkApplicationInput.extend({
  ids: applicationIds(MARK_BATCH_LIMIT, '标记'),
});
export type MarkApplicationsInput = z.input<typeof MarkApplicationsInput>;

export const MarkApplicationsResult = z.object({ updated: z.number(), ids: z.array(z.string()) });
export type MarkApplicationsResult = z.infer<typeof MarkApplicationsResult>;

export const DownloadResumesInput = z.object({ ids: applicationIds(DOWNLOAD_BATCH_LIMIT, '下载') });
export type DownloadResumesInput = z.input<typeof DownloadResumesInput>;

/** 投递职位 options of the 筛选 bar: the company's jobs (not deleted), recruiting ones first. */
export const ApplicationJobOption = z.object({
  id: z.string(),
  title: z.string(),
  state: z.string(),
});
export type ApplicationJobOption = z.infer<typeof ApplicationJobOption>;
