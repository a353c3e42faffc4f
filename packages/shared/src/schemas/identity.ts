import { z } from 'zod';
import {
  BankCardNumber,
  MobileNumber,
  PersonName,
  ResidentIdNumber,
  SeekerPassword,
  StaffPassword,
} from './fields';

/** The five areas of the platform; each has its own login page, session cookie and API prefix. */
export const AREAS = ['seeker', 'employer', 'university', 'ops', 'centre'] as const;
export const Area = z.enum(AREAS);
export type Area = z.infer<typeof Area>;

export const ACCOUNT_ROLES = ['seeker', 'employer', 'university_staff', 'operator', 'centre_staff'] as const;
export const AccountRole = z.enum(ACCOUNT_ROLES);
export type AccountRole = z.infer<typeof AccountRole>;

/** Which role may log in through which area. */
export const AREA_ROLE: Record<Area, AccountRole> = {
  seeker: 'seeker',
  employer: 'employer',
  university: 'university_staff',
  ops: 'operator',
  centre: 'centre_staff',
};

/** Seed 000 §一.2: 支持银行卡实名认证、支付宝账号认证、人脸识别认证. */
export const REAL_NAME_ROUTES = [
  { code: 'bank_card', label: '银行卡实名认证' },
  { code: 'alipay', label: '支付宝账号认证' },
  { code: 'face', label: '人脸识别认证' },
] as const;
export const RealNameRoute = z.enum(['bank_card', 'alipay', 'face']);
export type RealNameRoute = z.infer<typeof RealNameRoute>;

export const StartSeekerRegistrationInput = z.object({
  route: RealNameRoute,
  name: PersonName,
  idNumber: ResidentIdNumber,
  mobile: MobileNumber,
  bankCard: BankCardNumber,
});
export type StartSeekerRegistrationInput = z.input<typeof StartSeekerRegistrationInput>;

export const StartSeekerRegistrationResult = z.object({
  ticket: z.string(),
  idNumberMasked: z.string(),
  verifier: z.object({ name: z.string(), notice: z.string() }),
  warnings: z.array(z.string()),
});

const passwordPair = {
  password: SeekerPassword,
  confirmPassword: z.string(),
};
function passwordsMustMatch(value: { password: string; confirmPassword: string }, ctx: z.RefinementCtx) {
  if (value.password !== value.confirmPassword) {
    ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: '两次输入的密码不一致' });
  }
}

export const CompleteSeekerRegistrationInput = z
  .object({ ticket: z.string().min(16).max(128), ...passwordPair })
  .superRefine(passwordsMustMatch);

export const CompleteSeekerRegistrationResult = z.object({
  idNumberMasked: z.string(),
  surname: z.string(),
});

export const LoginInput = z.object({
  account: z.string().trim().min(1, '请输入账号').max(64, '账号过长'),
  password: z.string().min(1, '请输入密码').max(128, '密码过长'),
  /** Web pages get an httpOnly cookie; app clients ask for a bearer token. */
  tokenType: z.enum(['cookie', 'bearer']).default('cookie'),
});
export type LoginInput = z.input<typeof LoginInput>;

export const SessionAccount = z.object({
  id: z.string(),
  role: AccountRole,
  displayName: z.string(),
  /** Seed 000 §一.4: after login the avatar shows the surname. */
  surname: z.string().nullable(),
  idNumberMasked: z.string().nullable(),
  mustChangePassword: z.boolean(),
  organisation: z
    .object({
      kind: z.enum(['company', 'university', 'district']),
      id: z.string(),
      name: z.string(),
      /** A company's 平台认证 state: until 'verified' its jobs are not shown to seekers. */
      verificationState: z.enum(['pending', 'verified', 'rejected']).nullable().optional(),
    })
    .nullable(),
  companyRole: z.enum(['admin', 'member']).nullable(),
  /** A university's one admin manages 高校信息 and 账号管理 (issue 11). */
  universityRole: z.enum(['admin', 'member']).nullable().optional(),
  /** 账号设置>个人资料 avatar, shown in the console header. */
  avatarUrl: z.string().nullable().optional(),
});
export type SessionAccount = z.infer<typeof SessionAccount>;

export const SessionResult = z.object({
  account: SessionAccount,
  csrfToken: z.string().nullable(),
  token: z.string().nullable(),
  expiresAt: z.string(),
});
export type SessionResult = z.infer<typeof SessionResult>;

export const PASSWORD_VERIFY_ROUTES = [
  { code: 'sms', label: '短信验证码验证' },
  { code: 'bank_card', label: '银行卡验证' },
] as const;

const SmsRoute = z.object({
  route: z.literal('sms'),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, '请输入6位短信验证码'),
});
const BankCardRoute = z.object({ route: z.literal('bank_card'), bankCard: BankCardNumber });

export const VerifySeekerIdentityInput = z.discriminatedUnion('route', [SmsRoute, BankCardRoute]);
export type VerifySeekerIdentityInput = z.input<typeof VerifySeekerIdentityInput>;

/**
 * 找回密码: the same routes without a login, for a seeker who forgot the password or is locked out
 * (docs/decisions/015). The account is named by what the seeker logs in with.
 */
const ResetAccount = { idNumber: z.string().trim().min(1, '请输入证件号码').max(64, '证件号码过长') };

/** The code goes only to the mobile registered at sign-up; the answer is the same when it is not that one. */
export const SendSeekerPasswordResetCodeInput = z.object({ ...ResetAccount, mobile: MobileNumber });
export type SendSeekerPasswordResetCodeInput = z.input<typeof SendSeekerPasswordResetCodeInput>;

export const VerifySeekerPasswordResetInput = z.discriminatedUnion('route', [
  SmsRoute.extend(ResetAccount),
  BankCardRoute.extend(ResetAccount),
]);
export type VerifySeekerPasswordResetInput = z.input<typeof VerifySeekerPasswordResetInput>;

export const ChangeSeekerPasswordInput = z
  .object({ ticket: z.string().min(16).max(128), ...passwordPair })
  .superRefine(passwordsMustMatch);

/** 找回密码, last step: the ticket from VerifySeekerPasswordResetInput names the account. */
export const ResetSeekerPasswordInput = ChangeSeekerPasswordInput;

export const ChangeStaffPasswordInput = z
  .object({
    oldPassword: z.string().min(1, '请输入原密码'),
    password: StaffPassword,
    confirmPassword: z.string(),
  })
  .superRefine(passwordsMustMatch);

export const SmsSentResult = z.object({ mobileMasked: z.string(), resendAfterSeconds: z.number() });
