import { z } from 'zod';
import { PersonName } from './fields';

// 账号设置 (seed 002): 个人资料, 账号绑定, 账号注销, and 申请管理员 of an employer account.
//   GET  /api/employer/account/profile                 → AccountProfile
//   PUT  /api/employer/account/profile                 UpdateAccountProfileInput → AccountProfile
//   POST /api/employer/account/avatar                  multipart `file` (JPG/PNG ≤ 2MB) → AccountProfile
//   GET  /api/employer/account/avatar/:fileId          the image (same company only)
//   GET  /api/employer/account/bindings                → NotificationBindings
//   POST /api/employer/account/bindings/wechat/ticket  → WechatBindingTicket
//   DELETE /api/employer/account/bindings/wechat       → NotificationBindings
//   GET  /api/employer/account/admin-application       → AdminApplicationStatus
//   POST /api/employer/account/admin-application/files multipart `file` → UploadedFile
//   POST /api/employer/account/admin-application      SubmitAdminApplicationInput → AdminApplicationStatus

export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;
export const AVATAR_MAX_DIMENSION = 4096;
export const AVATAR_CONTENT_TYPES = ['image/jpeg', 'image/png'] as const;

/** Seekers see the nickname only, never the name (seed 002 个人资料). */
export const Nickname = z
  .string()
  .trim()
  .min(1, '请输入昵称')
  .max(20, '昵称不能超过20个字')
  .regex(/^[\u3400-\u9fffA-Za-z0-9 ·._-]+$/, '昵称只能包含中文、字母、数字、空格和·._-')
  // A nickname is shown to seekers: it must not carry a phone number (contact only through the platform).
  .refine((value) => !/\d{7,}/.test(value.replace(/[\s._-]/g, '')), '昵称不能包含电话号码');

export const Department = z.string().trim().max(50, '部门不能超过50个字');

export const AccountProfile = z.object({
  name: z.string(),
  nickname: z.string(),
  department: z.string(),
  /** Null until an avatar is uploaded; the console shows the name's first character instead. */
  avatarUrl: z.string().nullable(),
  mobileMasked: z.string(),
});
export type AccountProfile = z.infer<typeof AccountProfile>;

export const UpdateAccountProfileInput = z.object({
  name: PersonName,
  nickname: Nickname,
  department: Department.default(''),
});
export type UpdateAccountProfileInput = z.input<typeof UpdateAccountProfileInput>;

/** Shown to seekers where no nickname was set: never the person's real name. */
export const DEFAULT_EMPLOYER_NICKNAME = '招聘负责人';

export const NotificationBinding = z.object({
  channel: z.enum(['in_app', 'wechat']),
  label: z.string(),
  bound: z.boolean(),
  /** The in-app channel is always on and cannot be unbound. */
  removable: z.boolean(),
  displayName: z.string().nullable(),
  boundAt: z.string().nullable(),
});
export type NotificationBinding = z.infer<typeof NotificationBinding>;

export const NotificationBindings = z.object({
  channels: z.array(NotificationBinding),
  /** No WeChat official account is configured: bindings go to a local sandbox. */
  wechatSandbox: z.boolean(),
  /** The sandbox's 模拟扫码 button is offered (development tools only). */
  sandboxScanAvailable: z.boolean(),
});
export type NotificationBindings = z.infer<typeof NotificationBindings>;

export const WechatBindingTicket = z.object({
  ticket: z.string(),
  /** What the QR code shows: WeChat's showqrcode image, or the sandbox's text. */
  qrCodeUrl: z.string().nullable(),
  qrCodeText: z.string().nullable(),
  expiresAt: z.string(),
  sandbox: z.boolean(),
});
export type WechatBindingTicket = z.infer<typeof WechatBindingTicket>;

export const SandboxScanInput = z.object({ ticket: z.string().min(1).max(64) });

export const AdminApplication = z.object({
  id: z.string(),
  state: z.enum(['pending', 'approved', 'rejected']),
  submittedAt: z.string(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
});
export type AdminApplication = z.infer<typeof AdminApplication>;

export const AdminApplicationStatus = z.object({
  isAdmin: z.boolean(),
  currentAdminName: z.string().nullable(),
  latest: AdminApplication.nullable(),
});
export type AdminApplicationStatus = z.infer<typeof AdminApplicationStatus>;

export const SubmitAdminApplicationInput = z.object({
  authorisationFileId: z.uuid('请上传盖章的账号授权书'),
});
export type SubmitAdminApplicationInput = z.infer<typeof SubmitAdminApplicationInput>;
