import { z } from 'zod';
import { parseEmail, parseLandline, parseMobile } from '../validators';
import { PublicUniversityCampus } from './campus-students';
import { PersonName, StaffPassword, validatedField } from './fields';
import { pageQuery, pageSchema } from './paging';

// Issue 11 §1: universities as organisations — 高校信息 (the career centre's profile), 账号管理 (the
// university admin manages its staff accounts) and the public page seekers see.
//
// Routes (all errors are ErrorBody; field errors in details.fields):
//   GET  /api/university/profile                          → UniversityProfile (university staff)
//   PUT  /api/university/profile  UpdateUniversityProfileInput → UniversityProfile (university admin)
//   POST /api/university/profile/logo  multipart `file`   → UniversityProfile (university admin)
//   GET  /api/university/staff?page=&pageSize=            → UniversityStaffPage (university admin)
//   POST /api/university/staff  AddUniversityStaffInput   → UniversityStaffMember (university admin)
//   POST /api/university/staff/:id/reset-password  ResetUniversityStaffPasswordInput → UniversityStaffMember
//   POST /api/university/staff/:id/disable | /enable      → UniversityStaffMember (university admin, not oneself)
//   GET  /api/public/universities/:id                     → PublicUniversity (anyone)
//   GET  /api/public/universities/:id/logo                → the logo image (anyone)

export const UNIVERSITY_PROFILE_LIMITS = {
  introductionMaxChars: 2000,
  campusesMax: 10,
  logoMaxBytes: 2 * 1024 * 1024,
} as const;

export const UniversityCampus = z.object({
  name: z.string().trim().min(1, '请输入校区名称').max(30, '校区名称不能超过30个字'),
  address: z.string().trim().min(1, '请输入校区地址').max(100, '校区地址不能超过100个字'),
});
export type UniversityCampus = z.infer<typeof UniversityCampus>;

/** 联系电话: a mobile or a landline (021-12345678), normalised as the validators do. */
export const ContactPhone = z
  .string()
  .trim()
  .transform((input, ctx) => {
    const mobile = parseMobile(input);
    if (mobile.ok) return mobile.value.normalized;
    const landline = parseLandline(input);
    if (landline.ok) return landline.value.normalized;
    ctx.addIssue({ code: 'custom', message: '请输入正确的手机号或座机号（如021-12345678）' });
    return z.NEVER;
  });

export const UpdateUniversityProfileInput = z.object({
  address: z.string().trim().min(1, '请输入学校地址').max(100, '学校地址不能超过100个字'),
  campuses: z
    .array(UniversityCampus)
    .min(1, '请至少填写一个校区')
    .max(UNIVERSITY_PROFILE_LIMITS.campusesMax, `最多填写${UNIVERSITY_PROFILE_LIMITS.campusesMax}个校区`),
  contactName: PersonName,
  contactPhone: ContactPhone,
  contactEmail: validatedField(parseEmail, (value) => value.normalized),
  introduction: z
    .string()
    .trim()
    .max(
      UNIVERSITY_PROFILE_LIMITS.introductionMaxChars,
      `学校简介不能超过${UNIVERSITY_PROFILE_LIMITS.introductionMaxChars}个字`,
    ),
});
export type UpdateUniversityProfileInput = z.input<typeof UpdateUniversityProfileInput>;

const profileFields = {
  id: z.string(),
  name: z.string(),
  city: z.string(),
  logoUrl: z.string().nullable(),
  address: z.string(),
  campuses: z.array(UniversityCampus),
  contactName: z.string(),
  contactPhone: z.string(),
  contactEmail: z.string(),
  introduction: z.string(),
};

/** 高校信息 as the university's staff see it; `canEdit` for its admin only. */
export const UniversityProfile = z.object({
  ...profileFields,
  code: z.string(),
  canEdit: z.boolean(),
  updatedAt: z.string(),
});
export type UniversityProfile = z.infer<typeof UniversityProfile>;

/** A company that entered the university (入驻 approved): 已入驻单位 on the public page. */
export const EnteredCompany = z.object({
  id: z.string(),
  name: z.string(),
  logoUrl: z.string().nullable(),
  enteredAt: z.string(),
});
export type EnteredCompany = z.infer<typeof EnteredCompany>;

/** The university's public page in the seeker app. */
export const PublicUniversity = z.object({
  ...profileFields,
  enteredCompanies: z.array(EnteredCompany),
  /** Its upcoming approved 宣讲会, upcoming 双选会 and approved 招聘简章 (a few each). */
  campus: PublicUniversityCampus,
});
export type PublicUniversity = z.infer<typeof PublicUniversity>;

/** The public URL of a university's logo; `version` (the file id) makes a new logo a new URL. */
export const publicUniversityLogoPath = (universityId: string, version: string) =>
  `/api/public/universities/${universityId}/logo?v=${version}`;

export const UniversityStaffMember = z.object({
  id: z.string(),
  name: z.string(),
  loginName: z.string(),
  role: z.enum(['admin', 'member']),
  status: z.enum(['active', 'disabled']),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
});
export type UniversityStaffMember = z.infer<typeof UniversityStaffMember>;

export const UniversityStaffListQuery = pageQuery();
export type UniversityStaffListQuery = z.input<typeof UniversityStaffListQuery>;

export const UniversityStaffPage = pageSchema(UniversityStaffMember);
export type UniversityStaffPage = z.infer<typeof UniversityStaffPage>;

/** What a staff member types at login: an e-mail address or an account name. */
export const StaffLoginName = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, '登录账号至少3个字符')
  .max(60, '登录账号不能超过60个字符')
  .regex(/^[a-z0-9][a-z0-9._@-]*$/, '登录账号只能包含字母、数字和 . _ @ -');

/** 新增账号: the staff member must replace the initial password at first login. */
export const AddUniversityStaffInput = z.object({
  name: PersonName,
  loginName: StaffLoginName,
  initialPassword: StaffPassword,
});
export type AddUniversityStaffInput = z.input<typeof AddUniversityStaffInput>;

export const ResetUniversityStaffPasswordInput = z.object({ initialPassword: StaffPassword });
export type ResetUniversityStaffPasswordInput = z.input<typeof ResetUniversityStaffPasswordInput>;
