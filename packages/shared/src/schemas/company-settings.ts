import { z } from 'zod';
import { COMPANY_SCALES, codesOf } from '../enums';
import { CompanyVerificationData, CompanyVerificationFields } from './company-verification';

// Seed 002 「公司设置」: 基本资料 (in force at once), 认证信息 (修改后需重新发起认证: the verified data
// stay in force until the platform approves the change) and 雇主品牌 (shown to seekers on job pages).
//
// Routes (all errors are ErrorBody; field errors in details.fields). Reading: any member of the
// company; changing: the company's 单位管理员 only (403 FORBIDDEN otherwise).
//   GET    /api/employer/company                                        → CompanySettings
//   PUT    /api/employer/company/basic   UpdateCompanyBasicInput        → CompanySettings
//   POST   /api/employer/company/verification-change  CompanyVerificationChangeInput → CompanySettings
//   PUT    /api/employer/company/brand   UpdateCompanyBrandInput        → CompanySettings
//   POST   /api/employer/company/logo    multipart, one file field `file` → CompanySettings
//   POST   /api/employer/company/photos  multipart, one file field `file` → CompanySettings
//   DELETE /api/employer/company/photos/:fileId                         → CompanySettings
//   GET    /api/employer/company/logo, /api/employer/company/photos/:fileId → the image (members)
//   GET    /api/public/companies/:companyId/logo                        → the image (verified companies)
//   GET    /api/public/companies/:companyId/photos/:fileId              → the image (verified companies)

export const COMPANY_BRAND_LIMITS = {
  introductionMaxChars: 2000,
  benefitTagsMax: 10,
  benefitTagMaxChars: 8,
  photosMax: 9,
  logoMaxBytes: 2 * 1024 * 1024,
  photoMaxBytes: 5 * 1024 * 1024,
  /** Neither side of a logo or photo may be longer (the file is never decoded on the server). */
  imageMaxSide: 4096,
  /** A logo sits in a square (the job's QR code, the job page): at most this much wider than high. */
  logoMaxAspectRatio: 3,
} as const;

/** 福利标签 to pick from; the admin may add custom ones too. */
export const BENEFIT_TAG_PRESETS = [
  '五险一金',
  '年终奖',
  '带薪年假',
  '餐补',
  '交通补贴',
  '住房补贴',
  '定期体检',
  '弹性工作',
  '员工旅游',
  '节日福利',
  '股票期权',
  '免费班车',
  '包吃包住',
  '技能培训',
] as const;

const WEBSITE_HINT = '请输入正确的单位网址，如：https://www.example.com';

/** 单位网址: empty means none; a missing scheme becomes https://. */
export const CompanyWebsite = z
  .string()
  .trim()
  .max(200, '单位网址不能超过200个字符')
  .transform((input, ctx) => {
    if (!input) return null;
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? input : `https://${input}`;
    let url: URL | undefined;
    try {
      url = new URL(withScheme);
    } catch {
      url = undefined;
    }
    const hostOk = url ? /^[^.\s]+(\.[^.\s]+)+$/.test(url.hostname) : false;
    if (!url || !['http:', 'https:'].includes(url.protocol) || !hostOk) {
      ctx.addIssue({ code: 'custom', message: WEBSITE_HINT });
      return z.NEVER;
    }
    return withScheme;
  });

/** 基本资料: 单位简称, 单位规模, 单位网址. */
export const UpdateCompanyBasicInput = z.object({
  shortName: z
    .string()
    .trim()
    .max(20, '单位简称不能超过20个字')
    .transform((value) => value || null),
  scale: z.enum(codesOf(COMPANY_SCALES), { message: '请选择单位规模' }),
  website: CompanyWebsite,
});
export type UpdateCompanyBasicInput = z.input<typeof UpdateCompanyBasicInput>;

/** 认证信息: the same 企业认证资料 as the sign-up wizard (情况二 步骤三). */
export const CompanyVerificationChangeInput = CompanyVerificationData;
export type CompanyVerificationChangeInput = z.input<typeof CompanyVerificationChangeInput>;

export const BenefitTag = z
  .string()
  .trim()
  .min(1, '福利标签不能为空')
  .max(
    COMPANY_BRAND_LIMITS.benefitTagMaxChars,
    `每个福利标签不能超过${COMPANY_BRAND_LIMITS.benefitTagMaxChars}个字`,
  );

/** 雇主品牌: 单位介绍 and 福利标签 (the logo and photos are uploaded on their own). */
export const UpdateCompanyBrandInput = z.object({
  introduction: z
    .string()
    .trim()
    .max(
      COMPANY_BRAND_LIMITS.introductionMaxChars,
      `单位介绍不能超过${COMPANY_BRAND_LIMITS.introductionMaxChars}个字`,
    ),
  benefitTags: z
    .array(BenefitTag)
    .max(COMPANY_BRAND_LIMITS.benefitTagsMax, `福利标签最多${COMPANY_BRAND_LIMITS.benefitTagsMax}个`)
    .refine((tags) => new Set(tags).size === tags.length, '福利标签不能重复'),
});
export type UpdateCompanyBrandInput = z.input<typeof UpdateCompanyBrandInput>;

export const BrandImage = z.object({ id: z.string(), url: z.string() });
export type BrandImage = z.infer<typeof BrandImage>;

export const CompanySettings = z.object({
  companyId: z.string(),
  /** Only the 单位管理员 may change; members see every page read-only. */
  canEdit: z.boolean(),
  basic: z.object({
    name: z.string(),
    shortName: z.string().nullable(),
    scale: z.string().nullable(),
    website: z.string().nullable(),
  }),
  verification: z.object({
    state: z.enum(['pending', 'verified', 'rejected']),
    verifiedAt: z.string().nullable(),
    /** The data in force. */
    current: CompanyVerificationFields,
    /** A change waiting for the platform (审核中): the current data stay in force meanwhile. */
    pendingChange: z
      .object({ requestId: z.string(), submittedAt: z.string(), data: CompanyVerificationFields })
      .nullable(),
    /** The last change the platform refused, unless a later one was approved. */
    lastRejection: z
      .object({
        requestId: z.string(),
        submittedAt: z.string(),
        decidedAt: z.string().nullable(),
        reason: z.string().nullable(),
        data: CompanyVerificationFields,
      })
      .nullable(),
  }),
  brand: z.object({
    introduction: z.string(),
    benefitTags: z.array(z.string()),
    /** For the console (members only); seekers load /api/public/companies/:id/logo. */
    logo: BrandImage.nullable(),
    photos: z.array(BrandImage),
  }),
});
export type CompanySettings = z.infer<typeof CompanySettings>;

/** The company's brand as seekers see it on a job page. */
export const PublicCompanyBrand = z.object({
  shortName: z.string().nullable(),
  scale: z.string().nullable(),
  website: z.string().nullable(),
  logoUrl: z.string().nullable(),
  photos: z.array(BrandImage),
  benefitTags: z.array(z.string()),
});
export type PublicCompanyBrand = z.infer<typeof PublicCompanyBrand>;

/** The public URL of a verified company's logo (also loaded by the job QR code). */
export const publicCompanyLogoPath = (companyId: string) => `/api/public/companies/${companyId}/logo`;
export const publicCompanyPhotoPath = (companyId: string, fileId: string) =>
  `/api/public/companies/${companyId}/photos/${fileId}`;
