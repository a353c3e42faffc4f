import { z } from 'zod';
import { MobileNumber, PersonName } from './fields';
import { type CompanyRight, CompanyRightKind } from './mall';
import { pageQuery, pageSchema } from './paging';

// 会员 (seed 002 道具商城 三、开通/升级会员; issue 12 §6). A company submits its details with
// 点击此处 了解详情 (not a member yet) or 升级会员; 1个工作日左右 an advisor telephones; the operator
// records the follow-up and grants a VIP or SVIP membership for a term with its plan's rights.

export const MembershipLevel = z.enum(['vip', 'svip'], '请选择会员类型');
export type MembershipLevel = z.infer<typeof MembershipLevel>;

/** The plans: what a year of each includes (a shorter term gets its share, rounded up). */
export const MEMBERSHIP_PLANS: Record<
  MembershipLevel,
  { label: string; perYear: { right: CompanyRight; quantity: number }[] }
> = {
  vip: {
    label: 'VIP 套餐',
    perYear: [
      { right: 'resume_download', quantity: 300 },
      { right: 'talent_invitation', quantity: 300 },
      { right: 'job_pin', quantity: 30 },
      { right: 'job_refresh', quantity: 365 },
    ],
  },
  svip: {
    label: 'SVIP 套餐',
    perYear: [
      { right: 'resume_download', quantity: 1000 },
      { right: 'talent_invitation', quantity: 1000 },
      { right: 'job_pin', quantity: 120 },
      { right: 'job_refresh', quantity: 1500 },
    ],
  },
};

/** The rights a term of `months` includes: each plan line's share of a year, rounded up. */
export function membershipContents(level: MembershipLevel, months: number) {
  return MEMBERSHIP_PLANS[level].perYear.map((line) => ({
    right: line.right,
    quantity: Math.ceil((line.quantity * months) / 12),
  }));
}

export const MembershipLeadKind = z.enum(['open', 'upgrade']);

/** 提交企业信息: who the advisor calls and what the company needs. */
export const MembershipLeadInput = z.object({
  kind: MembershipLeadKind,
  wantedLevel: MembershipLevel.nullable().default(null),
  contactName: PersonName,
  contactMobile: MobileNumber,
  needs: z.string().trim().max(500, '需求说明最多500个字').default(''),
});
export type MembershipLeadInput = z.input<typeof MembershipLeadInput>;

export const MembershipLeadState = z.enum(['new', 'contacted', 'won', 'closed']);
export type MembershipLeadState = z.infer<typeof MembershipLeadState>;

export const MembershipView = z.object({
  level: MembershipLevel,
  label: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  contents: z.array(z.object({ right: CompanyRightKind, label: z.string(), quantity: z.number().int() })),
});
export type MembershipView = z.infer<typeof MembershipView>;

/** The company's side: its membership now, and whether a request waits for the advisor's call. */
export const MyMembership = z.object({
  current: MembershipView.nullable(),
  pendingLead: z.object({ kind: MembershipLeadKind, createdAt: z.string() }).nullable(),
});
export type MyMembership = z.infer<typeof MyMembership>;

export const LeadFollowUp = z.object({ at: z.string(), byName: z.string(), note: z.string() });

export const MembershipLead = z.object({
  id: z.uuid(),
  company: z.object({ id: z.uuid(), name: z.string(), code: z.string() }),
  kind: MembershipLeadKind,
  wantedLevel: MembershipLevel.nullable(),
  contactName: z.string(),
  /** Masked in the list; the detail shows it whole to call (and the read is audited). */
  contactMobile: z.string(),
  needs: z.string(),
  state: MembershipLeadState,
  followUps: z.array(LeadFollowUp),
  submittedByName: z.string(),
  membership: MembershipView.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MembershipLead = z.infer<typeof MembershipLead>;

export const MembershipLeadPage = pageSchema(MembershipLead);
export type MembershipLeadPage = z.infer<typeof MembershipLeadPage>;

export const MembershipLeadQuery = pageQuery().extend({
  state: MembershipLeadState.optional(),
  q: z.string().trim().max(50, '关键词最多50个字').optional(),
});
export type MembershipLeadQueryInput = z.input<typeof MembershipLeadQuery>;

export const LeadFollowUpInput = z.object({
  note: z.string().trim().min(1, '请填写跟进记录').max(500, '跟进记录最多500个字'),
});

/** 开通会员: the level and term an operator grants after the advisor's call. */
export const GrantMembershipInput = z.object({
  level: MembershipLevel,
  months: z.number('请选择期限').int('期限须为整月').min(1, '期限至少1个月').max(36, '期限最多36个月'),
});
export type GrantMembershipInput = z.input<typeof GrantMembershipInput>;
