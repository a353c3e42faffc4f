import { z } from 'zod';
import { JobSummary } from './jobs';
import { pageQuery, pageSchema } from './paging';

/** Seed 000 §四.2: at most 10 current applications per seeker. */
export const APPLICATION_QUOTA = 10;
/** Seed 000 §七.3: at most 10 favourites per seeker. */
export const FAVOURITES_LIMIT = 10;

/** Seed 000 §四.2, word for word. */
export function applicationSuccessMessage(remaining: number): string {
  return `岗位应聘成功。您目前还剩余 ${remaining} 个应聘名额。`;
}

/**
 * The application state machine (seed 000 §四-§六). Every change goes through APPLICATION_TRANSITIONS.
 * `interview_declined` is the seed's 作废 (不参加面试 gives up the job); it stays a current record
 * until the seeker withdraws it. `withdrawn` records are the 历史应聘记录.
 */
export const APPLICATION_STATES = [
  'submitted',
  'viewed',
  'interview_invited',
  'interview_accepted',
  'interview_confirmed',
  'interview_declined',
  'withdrawn',
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export const APPLICATION_STATE_LABELS: Record<ApplicationState, string> = {
  submitted: '已投递',
  viewed: '单位已查看',
  interview_invited: '面试通知',
  interview_accepted: '已确认参加面试，待单位确认',
  interview_confirmed: '面试已确认',
  interview_declined: '已作废（不参加面试）',
  withdrawn: '已撤销',
};

export type ApplicationEvent = 'view' | 'invite' | 'accept' | 'decline' | 'confirm' | 'withdraw';

export const APPLICATION_TRANSITIONS: Record<
  ApplicationEvent,
  { from: readonly ApplicationState[]; to: ApplicationState }
> = {
  view: { from: ['submitted'], to: 'viewed' },
  invite: { from: ['submitted', 'viewed', 'interview_confirmed'], to: 'interview_invited' },
  accept: { from: ['interview_invited'], to: 'interview_accepted' },
  decline: { from: ['interview_invited'], to: 'interview_declined' },
  confirm: { from: ['interview_accepted'], to: 'interview_confirmed' },
  withdraw: {
    from: [
      'submitted',
      'viewed',
      'interview_invited',
      'interview_accepted',
      'interview_confirmed',
      'interview_declined',
    ],
    to: 'withdrawn',
  },
};

export function nextApplicationState(
  state: ApplicationState,
  event: ApplicationEvent,
): ApplicationState | undefined {
  const transition = APPLICATION_TRANSITIONS[event];
  return transition.from.includes(state) ? transition.to : undefined;
}

export const ApplyToJobInput = z.object({
  jobId: z.uuid('职位ID格式不正确'),
  /** The seeker saw the age/education warning and applies anyway. */
  acknowledgeWarnings: z.boolean().default(false),
});

export const InterviewDetails = z.object({
  time: z.iso.datetime({ offset: true, error: '请选择面试时间' }),
  location: z.string().trim().min(1, '请填写面试地点').max(200, '面试地点不能超过200个字'),
  contactName: z.string().trim().min(1, '请填写单位联系人').max(30, '单位联系人不能超过30个字'),
  contactPhone: z.string().trim().min(5, '请填写联系电话').max(30, '联系电话格式不正确'),
  note: z.string().trim().max(500, '备注不能超过500个字').default(''),
});

export const InterviewView = z.object({
  state: z.enum(['invited', 'accepted', 'declined', 'confirmed']),
  invitation: z.string(),
  invitedAt: z.string(),
  answeredAt: z.string().nullable(),
  /** Filled once the employer confirms (seed 000 §六.4). */
  details: InterviewDetails.nullable(),
});

export const ApplicationRecord = z.object({
  id: z.string(),
  job: JobSummary.pick({ id: true, title: true, companyName: true, salaryMin: true, salaryMax: true }).extend(
    {
      state: z.enum(['recruiting', 'offline']),
    },
  ),
  state: z.enum(APPLICATION_STATES),
  stateLabel: z.string(),
  /** 作废: 不参加面试 gave the job up. */
  isVoid: z.boolean(),
  viewedByEmployer: z.boolean(),
  appliedAt: z.string(),
  lastChangedAt: z.string(),
  withdrawnAt: z.string().nullable(),
  unreadReplies: z.number(),
  /** Seed 000 §六.3: 面试通知NEW. */
  hasNewInterviewNotice: z.boolean(),
  interview: InterviewView.nullable(),
});
export type ApplicationRecord = z.infer<typeof ApplicationRecord>;

/** Rows per page of 我的应聘: more than the 10 places (§四.2), so one page of 当前应聘记录 holds them. */
export const APPLICATION_PAGE_SIZE = 20;
/**
 * 我的应聘 (seed 000 §五), `?list=current|history&page=&pageSize=`. The history grows without end, so
 * both lists are paged the one way (issue 9).
 */
export const ApplicationListQuery = pageQuery({ defaultSize: APPLICATION_PAGE_SIZE }).extend({
  list: z.enum(['current', 'history']).default('current'),
});
export type ApplicationListQuery = z.input<typeof ApplicationListQuery>;

/** A page of one list, with the places used and left (seed 000 §四.2), whichever list it is. */
export const ApplicationList = pageSchema(ApplicationRecord).extend({
  currentCount: z.number(),
  remaining: z.number(),
});

export const ApplyResult = z.object({
  application: ApplicationRecord,
  remaining: z.number(),
  message: z.string(),
});

export const Message = z.object({
  id: z.string(),
  from: z.enum(['seeker', 'employer', 'system']),
  kind: z.enum(['text', 'interview_notice', 'interview_answer', 'interview_confirmation']),
  body: z.string(),
  createdAt: z.string(),
  /** The employer person's 昵称 (seed 002 个人资料: seekers never see the name), on the seeker's side. */
  senderName: z.string().nullable().optional(),
});
export type Message = z.infer<typeof Message>;

export const SendMessageInput = z.object({
  body: z.string().trim().min(1, '请输入回复内容').max(1000, '回复内容不能超过1000个字'),
});
export const AnswerInterviewInput = z.object({ attend: z.boolean() });
export const SendInterviewNoticeInput = z.object({
  body: z.string().trim().min(1, '请填写面试通知内容').max(1000, '面试通知不能超过1000个字'),
});

export const Conversation = z.object({ application: ApplicationRecord, messages: z.array(Message) });

export const Favourite = z.object({
  job: JobSummary.extend({ state: z.enum(['recruiting', 'offline']) }),
  createdAt: z.string(),
});
/** At most ten favourites (seed 000 §七.3): the default page holds them all. */
export const FavouriteListQuery = pageQuery({ defaultSize: FAVOURITES_LIMIT });
export type FavouriteListQuery = z.input<typeof FavouriteListQuery>;
/** A page of favourites, with the limit the seeker's list is held to. */
export const FavouriteList = pageSchema(Favourite).extend({ limit: z.number() });
export const AddFavouriteInput = z.object({ jobId: z.uuid('职位ID格式不正确') });
