import { z } from 'zod';
import { CompanyCode, CompanyCodeKind, CompanyVerificationData } from './company-verification';
import { MobileNumber, PersonName, StaffPassword } from './fields';

// Issues 4 and 5, seed 002 「账号注册与认证」: the employer sign-up wizard (入驻高校 → 单位 +
// 统一社会信用代码 → 情况一 申请加入 / 申请成为管理员, 情况二 企业认证资料 → 用户信息 with 图形验证码
// and 手机验证码 → 提交成功). What it leaves is decided elsewhere: a new company or an admin
// application in the platform's review queue (schemas/reviews.ts), a join request by the company's
// admin (schemas/join-requests.ts).
//
// Routes (all errors are ErrorBody; field errors in details.fields):
//   GET  /api/public/universities                                → UniversityOption[]
//   GET  /api/public/employer-registration/authorisation-template → 账号授权书 (text/html download)
//   POST /api/public/employer-registration/files  multipart, one file field `file` → UploadedFile
//   POST /api/public/employer-registration  EmployerRegistrationInput → EmployerRegistrationResult
// Login of a pending applicant: 403 ACCOUNT_PENDING (only after the right password).

export const CaptchaChallenge = z.object({
  captchaId: z.string(),
  /** `data:image/svg+xml;base64,...`, shown as an <img>. */
  image: z.string(),
});
export type CaptchaChallenge = z.infer<typeof CaptchaChallenge>;

/** The picture captcha as a form sends it: the challenge id and what the person read. */
export const CaptchaAnswer = z.object({
  captchaId: z.string().trim().min(1, '请刷新图形验证码').max(64),
  captcha: z.string().trim().min(1, '请输入图形验证码').max(8, '图形验证码错误'),
});

export const SendRegistrationSmsCodeInput = z.object({ mobile: MobileNumber }).extend(CaptchaAnswer.shape);
export type SendRegistrationSmsCodeInput = z.input<typeof SendRegistrationSmsCodeInput>;

/** The web form's step 1. The server route takes the raw string and checks it in the use case. */
export const LookUpCompanyQuery = z.object({ code: CompanyCode });
export type LookUpCompanyQuery = z.input<typeof LookUpCompanyQuery>;

export const RegistryLink = z.object({ name: z.string(), url: z.string() });

export const CompanyLookupResult = z.discriminatedUnion('known', [
  z.object({
    known: z.literal(true),
    companyName: z.string(),
    /** Seed 002: 「该公司之前已被注册，管理员是张璇」; we show the surname only, 张*. */
    adminSurnameMasked: z.string().nullable(),
    verificationState: z.enum(['pending', 'verified', 'rejected']),
  }),
  z.object({
    known: z.literal(false),
    normalizedCode: z.string(),
    kind: CompanyCodeKind,
    /** 企查查 / 启信宝 searches, so the person can check the code against the public registry. */
    registryLinks: z.array(RegistryLink),
  }),
]);
export type CompanyLookupResult = z.infer<typeof CompanyLookupResult>;

export const UniversityOption = z.object({ id: z.string(), name: z.string() });
export type UniversityOption = z.infer<typeof UniversityOption>;

const requiredText = (label: string, max: number) =>
  z.string().trim().min(1, `请输入${label}`).max(max, `${label}不能超过${max}个字`);

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

/** The pending-account login refusal (ACCOUNT_PENDING), only after the right password. */
export const ACCOUNT_PENDING_MESSAGE = '您的申请正在审核中，审核通过后即可登录';
