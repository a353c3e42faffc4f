import { z } from 'zod';
import { pageQuery, pageSchema } from './paging';

// 道具商城 (seed 002 二、四、五; issue 12 §6-7): the rights a company uses, the packages that sell
// them, 我的权益 and 使用记录. Decision 018 says which actions cost which right.

/** The rights (道具) a company holds and uses, with the words the consoles show. */
export const COMPANY_RIGHTS = {
  resume_download: { label: '简历下载', unit: '次' },
  job_pin: { label: '职位置顶', unit: '天' },
  talent_invitation: { label: '人才邀约', unit: '次' },
  job_refresh: { label: '职位刷新', unit: '次' },
} as const;
export type CompanyRight = keyof typeof COMPANY_RIGHTS;
export const CompanyRightKind = z.enum(
  Object.keys(COMPANY_RIGHTS) as [CompanyRight, ...CompanyRight[]],
  '请选择道具类型',
);

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number(`请填写${label}`)
    .int(`${label}须为整数`)
    .min(min, `${label}不能小于${min}`)
    .max(max, `${label}不能大于${max}`);

export const MallPackageContent = z.object({
  right: CompanyRightKind,
  quantity: wholeNumber('数量', 1, 10_000),
});
export type MallPackageContent = z.infer<typeof MallPackageContent>;

/** 套餐与价格: what an operator saves (新增 and 编辑 send the whole package). */
export const MallPackageInput = z.object({
  name: z.string().trim().min(1, '请填写套餐名称').max(30, '套餐名称最多30个字'),
  description: z.string().trim().max(200, '套餐说明最多200个字').default(''),
  pricePoints: wholeNumber('价格（快点）', 1, 1_000_000),
  contents: z
    .array(MallPackageContent)
    .min(1, '请至少添加一项道具')
    .max(4, '每个套餐最多4项道具')
    .refine((items) => new Set(items.map((item) => item.right)).size === items.length, {
      message: '同一道具只能添加一次',
    }),
  validityDays: wholeNumber('有效期（天）', 1, 3650),
  active: z.boolean().default(true),
  sortOrder: wholeNumber('排序', 0, 999).default(0),
});
export type MallPackageInput = z.input<typeof MallPackageInput>;

export const MallPackageItem = z.object({
  right: CompanyRightKind,
  label: z.string(),
  unit: z.string(),
  quantity: z.number().int(),
});

export const MallPackage = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  pricePoints: z.number().int(),
  contents: z.array(MallPackageItem),
  validityDays: z.number().int(),
  active: z.boolean(),
  sortOrder: z.number().int(),
  updatedAt: z.string(),
});
export type MallPackage = z.infer<typeof MallPackage>;

export const MallPackageList = z.object({ items: z.array(MallPackage) });
export type MallPackageList = z.infer<typeof MallPackageList>;

export const MallPackageParams = z.object({ id: z.uuid('套餐不存在') });

/** One right of the company: 剩余, 已使用 and 到期时间 (null: never granted). */
export const CompanyRightBalance = z.object({
  right: CompanyRightKind,
  label: z.string(),
  unit: z.string(),
  remaining: z.number().int(),
  used: z.number().int(),
  expiresAt: z.string().nullable(),
  expired: z.boolean(),
});
export type CompanyRightBalance = z.infer<typeof CompanyRightBalance>;

export const MyRights = z.object({
  /** 快点余额. */
  points: z.number().int(),
  rights: z.array(CompanyRightBalance),
  /** VIP/SVIP: not sold yet (memberships come with the leads of 会员), always null today. */
  membership: z.object({ level: z.enum(['VIP', 'SVIP']), expiresAt: z.string() }).nullable(),
});
export type MyRights = z.infer<typeof MyRights>;

export const PurchaseResult = z.object({
  packageId: z.string(),
  pricePoints: z.number().int(),
  /** 快点余额 after the purchase. */
  points: z.number().int(),
  /** True when this Idempotency-Key bought it before: nothing moved now. */
  replayed: z.boolean(),
  rights: z.array(CompanyRightBalance),
});
export type PurchaseResult = z.infer<typeof PurchaseResult>;

const dateParam = (message: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .optional();

/** 使用记录: `?right=&from=&to=&page=` (dates are Asia/Shanghai days, both included). */
export const RightUsageQuery = pageQuery().extend({
  right: CompanyRightKind.optional(),
  from: dateParam('开始日期格式不正确'),
  to: dateParam('结束日期格式不正确'),
});
export type RightUsageQuery = z.output<typeof RightUsageQuery>;
export type RightUsageQueryInput = z.input<typeof RightUsageQuery>;

export const RightUsage = z.object({
  id: z.string(),
  right: CompanyRightKind,
  label: z.string(),
  /** `use` (使用) or `expired` (已过期: what was left when the term ended). */
  kind: z.enum(['use', 'expired']),
  quantity: z.number().int(),
  /** 使用者 (null for an expiry). */
  usedBy: z.string().nullable(),
  /** 使用对象: the seeker's masked name, the job's title, or 已过期. */
  target: z.string(),
  usedAt: z.string(),
});
export type RightUsage = z.infer<typeof RightUsage>;

export const RightUsagePage = pageSchema(RightUsage);
export type RightUsagePage = z.infer<typeof RightUsagePage>;
