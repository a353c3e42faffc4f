import {
  APPLICATION_STATES,
  type ApplicationState,
  InterviewView,
  Message,
  Resume,
} from '@openrecruit/shared';
import { z } from 'zod';

/**
 * The HR console's words for an application's state (seed 002 简历管理: new applications are
 * 未处理). The seeker sees APPLICATION_STATE_LABELS instead.
 */
export const EMPLOYER_STATE_LABELS: Record<ApplicationState, string> = {
  submitted: '未处理',
  viewed: '已查看',
  interview_invited: '已发面试通知，待求职者答复',
  interview_accepted: '求职者参加面试，待确认',
  interview_confirmed: '面试已确认',
  interview_declined: '求职者不参加面试',
  withdrawn: '求职者已撤销',
};

export const EmployerApplicationQuery = z.object({
  jobId: z.uuid('职位ID格式不正确').optional(),
  state: z.enum(APPLICATION_STATES, { error: '状态不正确' }).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type EmployerApplicationQuery = z.infer<typeof EmployerApplicationQuery>;

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
  appliedAt: z.string(),
  lastChangedAt: z.string(),
  viewed: z.boolean(),
  unreadMessages: z.number(),
});
export type EmployerApplicationSummary = z.infer<typeof EmployerApplicationSummary>;

export const EmployerApplicationList = z.object({
  items: z.array(EmployerApplicationSummary),
  nextCursor: z.string().nullable(),
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

/** After an interview notice or confirmation: the application, its interview round and the message sent. */
export const EmployerInterviewResult = z.object({
  application: EmployerApplicationSummary,
  interview: InterviewView,
  message: Message,
});
export type EmployerInterviewResult = z.infer<typeof EmployerInterviewResult>;
