import { z } from 'zod';
import { parseCompanyCode } from '../validators';
import { MobileNumber, validatedField } from './fields';

// Issue 4 step 1, seed 002 「账号注册与认证」: 单位 + 统一社会信用代码, then 联系手机 with 图形验证码
// and 手机验证码.

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

export const CompanyCodeKind = z.enum(['credit_code', 'organization_code']);

/** 统一社会信用代码 (18) or 组织机构代码 (9), checked and normalised; the reason is the field's message. */
export const CompanyCode = validatedField(parseCompanyCode, (value) => value.normalized);

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
