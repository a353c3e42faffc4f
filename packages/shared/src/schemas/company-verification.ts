import { z } from 'zod';
import { COMPANY_NATURES, codesOf, INDUSTRIES, PROVINCES } from '../enums';
import { parseEmail, parseLandline, parsePostcode } from '../validators';
import { CaptchaAnswer, CompanyCode } from './employer-registration';
import { MobileNumber, PersonName, StaffPassword, validatedField } from './fields';

// Issue 5, seed 002 「账号注册与认证」: the employer sign-up wizard (入驻高校 → 单位 → 情况一 申请加入 /
// 申请成为管理员, 情况二 企业认证资料 → 用户信息 → 提交成功), the platform's review queue, the
// company admin's join requests and the employer notification centre.
//
// Routes (all errors are ErrorBody; field errors in details.fields):
//   GET  /api/public/universities                                → UniversityOption[]
//   GET  /api/public/employer-registration/authorisation-template → 账号授权书 (text/html download)
//   POST /api/public/employer-registration/files  multipart, one file field `file` → UploadedFile
//   POST /api/public/employer-registration  EmployerRegistrationInput → EmployerRegistrationResult
//   GET  /api/ops/reviews?kind=&state=&page=&pageSize=          → ReviewRequest[]   (operator)
//   GET  /api/ops/reviews/:id                                    → ReviewRequest     (operator)
//   POST /api/ops/reviews/:id/decision  ReviewDecisionInput      → ReviewRequest     (operator)
//   GET  /api/ops/files/:fileId                                  → the file          (operator)
//   GET  /api/employer/join-requests?state=                      → JoinRequest[]     (company admin)
//   POST /api/employer/join-requests/:id/decision JoinDecisionInput → JoinRequest    (company admin)
//   GET  /api/employer/notifications                             → NotificationList
//   POST /api/employer/notifications/:id/read                    → NotificationItem
//   POST /api/employer/notifications/read-all                    → NotificationList
// Login of a pending applicant: 403 ACCOUNT_PENDING (only after the right password).

export const UniversityOption = z.object({ id: z.string(), name: z.string() });
export type UniversityOption = z.infer<typeof UniversityOption>;

const requiredText = (label: string, max: number) =>
  z.string().trim().min(1, `请输入${label}`).max(max, `${label}不能超过${max}个字`);

/** 企业认证资料 (情况二, and later a verification change). Codes come from the shared enums. */
export const CompanyVerificationData = z.object({
  name: requiredText('单位名称', 100),
  code: CompanyCode,
  province: z.enum(codesOf(PROVINCES), { message: '请选择所在省份' }),
  city: requiredText('所在城市', 30),
  address: requiredText('单位地址', 200),
  landline: validatedField(parseLandline, (value) => value.normalized),
  email: validatedField(parseEmail, (value) => value.normalized),
  recruitEmail: validatedField(parseEmail, (value) => value.normalized),
  postcode: validatedField(parsePostcode, (value) => value.normalized),
  nature: z.enum(codesOf(COMPANY_NATURES), { message: '请选择单位性质' }),
  industry: z.enum(codesOf(INDUSTRIES), { message: '请选择所属行业' }),
});
export type CompanyVerificationData = z.infer<typeof CompanyVerificationData>;

/** 用户姓名, 所属部门, 联系手机（同时可用于账号登录）, 登录密码 + 确认. */
export const RegistrationApplicant = z
  .object({
    name: PersonName,
    department: requiredText('所属部门', 50),
    mobile: MobileNumber,
    password: StaffPassword,
    confirmPassword: z.string(),
  })
  .refine((value) => value.password === value.confirmPassword, {
    message: '两次输入的密码不一致',
    path: ['confirmPassword'],
  });

const registrationCommon = {
  /** 入驻高校: the universities the company asks to enter; may be empty. */
  universityIds: z.array(z.uuid('请选择高校')).max(50).default([]),
  applicant: RegistrationApplicant,
  ...CaptchaAnswer.shape,
  smsCode: z
    .string()
    .trim()
    .regex(/^\d{6}$/, '请输入6位手机验证码'),
};

export const REGISTRATION_PATHS = ['new_company', 'join', 'become_admin'] as const;
export type RegistrationPath = (typeof REGISTRATION_PATHS)[number];

export const EmployerRegistrationInput = z.discriminatedUnion('path', [
  z.object({ path: z.literal('new_company'), company: CompanyVerificationData, ...registrationCommon }),
  z.object({ path: z.literal('join'), companyCode: CompanyCode, ...registrationCommon }),
  z.object({
    path: z.literal('become_admin'),
    companyCode: CompanyCode,
    /** The photographed 账号授权书, uploaded first through POST /api/public/employer-registration/files. */
    authorisationFileId: z.uuid('请上传账号授权书'),
    ...registrationCommon,
  }),
]);
export type EmployerRegistrationInput = z.input<typeof EmployerRegistrationInput>;

export const EmployerRegistrationResult = z.object({
  requestId: z.string(),
  path: z.enum(REGISTRATION_PATHS),
  state: z.literal('pending'),
  /** Chinese: what happens next and how the result is notified (提交成功 page). */
  nextSteps: z.string(),
});
export type EmployerRegistrationResult = z.infer<typeof EmployerRegistrationResult>;

/** The answer of POST /api/public/employer-registration/files (JPEG, PNG or PDF, at most 5 MB). */
export const UploadedFile = z.object({ fileId: z.string() });
export type UploadedFile = z.infer<typeof UploadedFile>;
export const UPLOAD_MAX_BYTES = 5 * 1024 * 1024;
export const UPLOAD_CONTENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;

export const REVIEW_KINDS = ['new_company', 'admin_application', 'verification_change'] as const;
export const REVIEW_STATES = ['pending', 'approved', 'rejected'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];
export type ReviewState = (typeof REVIEW_STATES)[number];

export const ApplicantSummary = z.object({
  name: z.string(),
  department: z.string(),
  mobileMasked: z.string(),
});

/** 企业认证资料 as shown (codes of province, nature and industry; the web shows their labels). */
export const CompanyVerificationFields = z.object({
  name: z.string(),
  code: z.string(),
  province: z.string(),
  city: z.string(),
  address: z.string(),
  landline: z.string(),
  email: z.string(),
  recruitEmail: z.string(),
  postcode: z.string(),
  nature: z.string(),
  industry: z.string(),
});
export type CompanyVerificationFields = z.infer<typeof CompanyVerificationFields>;

export const ReviewFile = z.object({
  id: z.string(),
  name: z.string(),
  contentType: z.string(),
  /** GET /api/ops/files/:id (operators only). */
  url: z.string(),
});

/** One request in the platform's review queue (平台认证). */
export const ReviewRequest = z.object({
  id: z.string(),
  kind: z.enum(REVIEW_KINDS),
  state: z.enum(REVIEW_STATES),
  submittedAt: z.string(),
  applicant: ApplicantSummary,
  /** For new_company and verification_change the submitted data; for admin_application the company as registered. */
  company: z.object({
    id: z.string().nullable(),
    name: z.string(),
    code: z.string(),
    province: z.string().optional(),
    city: z.string().optional(),
    address: z.string().optional(),
    landline: z.string().optional(),
    email: z.string().optional(),
    recruitEmail: z.string().optional(),
    postcode: z.string().optional(),
    nature: z.string().optional(),
    industry: z.string().optional(),
    /** The admin to be replaced (admin_application), if any. */
    currentAdminName: z.string().nullable().optional(),
  }),
  /**
   * verification_change only (null otherwise): the company's 认证信息 the change replaces (`company`
   * holds the submitted data), so the reviewer sees both side by side.
   */
  currentCompany: CompanyVerificationFields.nullable().default(null),
  files: z.array(ReviewFile),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
});
export type ReviewRequest = z.infer<typeof ReviewRequest>;

export const ReviewListQuery = z.object({
  kind: z.enum(REVIEW_KINDS).optional(),
  state: z.enum(REVIEW_STATES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ReviewListQuery = z.input<typeof ReviewListQuery>;

/** approve, or reject with a reason of 2-200 characters (shown to the applicant). */
export const ReviewDecisionInput = z
  .object({
    decision: z.enum(['approve', 'reject']),
    reason: z.string().trim().max(200, '原因不能超过200个字').optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision === 'reject' && (value.reason ?? '').length < 2) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: '请填写驳回原因（2-200个字）' });
    }
  });
export type ReviewDecisionInput = z.input<typeof ReviewDecisionInput>;

export const JoinRequest = z.object({
  id: z.string(),
  applicant: ApplicantSummary,
  submittedAt: z.string(),
  state: z.enum(REVIEW_STATES),
});
export type JoinRequest = z.infer<typeof JoinRequest>;

export const JoinDecisionInput = ReviewDecisionInput;
export type JoinDecisionInput = z.input<typeof JoinDecisionInput>;

export const NotificationItem = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type NotificationItem = z.infer<typeof NotificationItem>;

export const NotificationList = z.object({ items: z.array(NotificationItem), unread: z.number().int() });
export type NotificationList = z.infer<typeof NotificationList>;

/** The pending-account login refusal (ACCOUNT_PENDING), only after the right password. */
export const ACCOUNT_PENDING_MESSAGE = '您的申请正在审核中，审核通过后即可登录';
