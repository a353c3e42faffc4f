import { z } from 'zod';
import { pageQuery, pageSchema } from './paging';

// Seed 002 人才中心: 人才推荐 (download a recommended resume) and 高校人才 (invite a student), and the
// seeker's side of an invitation (docs/decisions/010-employer-console.md).

/** Cards per page of the talent lists. */
export const TALENT_PAGE_SIZE = 10;
/** An invitation's message to the student. */
export const INVITATION_MESSAGE_MAX = 200;

export const INVITATION_STATES = ['pending', 'accepted', 'declined'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

/** Seed 002 高校人才邀约: the states the 邀约记录 shows. */
export const INVITATION_STATE_LABELS: Record<InvitationState, string> = {
  pending: '待确认',
  accepted: '已同意',
  declined: '已拒绝',
};

const page = z.coerce.number().int('页码格式不正确').min(1, '页码格式不正确').max(1000).default(1);

export const TalentRecommendationQuery = z.object({
  /** 不限 = each seeker is matched to the best of the company's recruiting jobs. */
  jobId: z.uuid('职位ID格式不正确').optional(),
  page,
});
export type TalentRecommendationQuery = z.infer<typeof TalentRecommendationQuery>;

export const CampusTalentQuery = z.object({
  universityId: z.uuid('高校ID格式不正确').optional(),
  page,
});
export type CampusTalentQuery = z.infer<typeof CampusTalentQuery>;

export const TalentListQuery = z.object({ page });
export type TalentListQuery = z.infer<typeof TalentListQuery>;

export const EmployerInvitationQuery = z.object({
  state: z.enum(INVITATION_STATES, { error: '邀约状态不正确' }).optional(),
  page,
});
export type EmployerInvitationQuery = z.infer<typeof EmployerInvitationQuery>;

/** Shown only once the company downloaded the resume (or the seeker accepted its invitation). */
export const TalentContact = z.object({ name: z.string(), mobile: z.string() });
export type TalentContact = z.infer<typeof TalentContact>;

/** What an employer sees of a recommended seeker: no name, mobile or ID until 下载. */
export const TalentProfile = z.object({
  seekerAccountId: z.string(),
  /** 陈先生 / 陈女士 until downloaded. */
  displayName: z.string(),
  sex: z.enum(['M', 'F']),
  age: z.number(),
  educationLabel: z.string().nullable(),
  mobileMasked: z.string(),
  intention: z
    .object({
      occupations: z.array(z.string()),
      workAreaLabels: z.array(z.string()),
      salaryMin: z.number().nullable(),
      salaryMax: z.number().nullable(),
    })
    .nullable(),
  latestEducation: z
    .object({
      school: z.string(),
      major: z.string(),
      educationLabel: z.string().nullable(),
      endMonth: z.string().nullable(),
    })
    .nullable(),
  latestExperience: z.object({ company: z.string(), title: z.string() }).nullable(),
  skills: z.array(z.string()),
  selfIntroduction: z.string(),
  downloaded: z.boolean(),
  contact: TalentContact.nullable(),
});
export type TalentProfile = z.infer<typeof TalentProfile>;

const JobRef = z.object({ id: z.string(), title: z.string() });

export const TalentRecommendation = TalentProfile.extend({
  job: JobRef,
  score: z.number(),
  /** Why the seeker fits the job, in the console's words (求职意向“数控车工”与职位“数控车床操作工”相符). */
  reasons: z.array(z.string()),
});
export type TalentRecommendation = z.infer<typeof TalentRecommendation>;

export const TalentRecommendationPage = pageSchema(TalentRecommendation);
export type TalentRecommendationPage = z.infer<typeof TalentRecommendationPage>;

export const CampusTalent = TalentProfile.extend({
  /** The platform university of the school in the resume, if it is one. */
  university: z.object({ id: z.string(), name: z.string() }).nullable(),
  school: z.string(),
  major: z.string(),
  /** 'YYYY-MM'; null = 在读 (the resume gives no end). */
  graduationMonth: z.string().nullable(),
  /** Jobs the company invited this student to that are 待确认 or 已同意. */
  invitedJobIds: z.array(z.string()),
});
export type CampusTalent = z.infer<typeof CampusTalent>;

export const CampusTalentPage = pageSchema(CampusTalent);
export type CampusTalentPage = z.infer<typeof CampusTalentPage>;

export const DownloadResumeInput = z.object({
  seekerAccountId: z.uuid('人才ID格式不正确'),
  jobId: z.uuid('请选择职位'),
});
export type DownloadResumeInput = z.infer<typeof DownloadResumeInput>;

export const DownloadedResume = z.object({
  talent: TalentProfile,
  job: JobRef,
  /** The row in 简历管理 (未处理). */
  applicationId: z.string().nullable(),
  downloadedAt: z.string(),
  downloadedBy: z.string().nullable(),
});
export type DownloadedResume = z.infer<typeof DownloadedResume>;

export const DownloadResult = DownloadedResume.extend({
  /**
   * False when the company already had the resume (downloaded before, or the seeker applied to
   * the company): nothing was used (decision 018).
   */
  rightUsed: z.boolean(),
  /** The seeker had applied to the company: the download used their application, filed nothing new. */
  alreadyApplied: z.boolean(),
});
export type DownloadResult = z.infer<typeof DownloadResult>;

export const DownloadedResumePage = pageSchema(DownloadedResume);
export type DownloadedResumePage = z.infer<typeof DownloadedResumePage>;

export const CreateInvitationInput = z.object({
  seekerAccountId: z.uuid('人才ID格式不正确'),
  jobId: z.uuid('请选择邀约职位'),
  message: z
    .string()
    .trim()
    .max(INVITATION_MESSAGE_MAX, `邀约留言不能超过${INVITATION_MESSAGE_MAX}个字`)
    .default(''),
});
export type CreateInvitationInput = z.input<typeof CreateInvitationInput>;

export const EmployerInvitation = z.object({
  id: z.string(),
  talent: z.object({
    seekerAccountId: z.string(),
    displayName: z.string(),
    sex: z.enum(['M', 'F']),
    age: z.number(),
    educationLabel: z.string().nullable(),
    school: z.string().nullable(),
  }),
  job: JobRef,
  message: z.string(),
  state: z.enum(INVITATION_STATES),
  stateLabel: z.string(),
  invitedBy: z.string().nullable(),
  createdAt: z.string(),
  answeredAt: z.string().nullable(),
  /** 已同意: the application now in 简历管理. */
  applicationId: z.string().nullable(),
});
export type EmployerInvitation = z.infer<typeof EmployerInvitation>;

export const EmployerInvitationPage = pageSchema(EmployerInvitation);
export type EmployerInvitationPage = z.infer<typeof EmployerInvitationPage>;

export const SeekerInvitation = z.object({
  id: z.string(),
  company: z.object({ name: z.string() }),
  job: z.object({
    id: z.string(),
    title: z.string(),
    salaryMin: z.number(),
    salaryMax: z.number(),
    recruiting: z.boolean(),
  }),
  message: z.string(),
  state: z.enum(INVITATION_STATES),
  stateLabel: z.string(),
  createdAt: z.string(),
  answeredAt: z.string().nullable(),
  applicationId: z.string().nullable(),
});
export type SeekerInvitation = z.infer<typeof SeekerInvitation>;

export const SEEKER_INVITATION_PAGE_SIZE = 20;
/** 我的邀约 is paged like every list (issue 9); the seeker's app loads the pages as it scrolls. */
export const SeekerInvitationListQuery = pageQuery({ defaultSize: SEEKER_INVITATION_PAGE_SIZE });
export type SeekerInvitationListQuery = z.input<typeof SeekerInvitationListQuery>;

/** A page of the seeker's invitations, and how many of all of them wait for an answer. */
export const SeekerInvitationList = pageSchema(SeekerInvitation).extend({ pendingCount: z.number() });
export type SeekerInvitationList = z.infer<typeof SeekerInvitationList>;

/** The pickers of the talent pages: the company's recruiting jobs and the platform universities. */
export const TalentOptions = z.object({
  jobs: z.array(JobRef),
  universities: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type TalentOptions = z.infer<typeof TalentOptions>;
