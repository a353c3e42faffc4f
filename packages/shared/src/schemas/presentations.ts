import { z } from 'zod';
import { MobileNumber, PersonName } from './fields';
import { pageQuery, pageSchema } from './paging';
import { VENUE_EQUIPMENT } from './venues';

// 宣讲会 (issue 11 item 4; seed 002 校园招聘 > 宣讲会): a company applies at an entered university,
// the university reviews it within 3 working days (review kind `presentation`) and assigns a room
// and a time from its venue calendar; approved presentations join the company's 待办事项.
//
// Routes (all errors are ErrorBody):
//   GET  /api/employer/presentations?state=&universityId=&page=&pageSize= → PresentationPage (any HR)
//   GET  /api/employer/presentations/:id                → Presentation
//   POST /api/employer/presentations  ApplyPresentationInput → Presentation (申请宣讲会)
//   POST /api/employer/presentations/:id/cancel         → Presentation (取消; an approved one only)
//   POST /api/university/reviews/:id/decision  { decision: 'approve', details: PresentationApproval }

export const PRESENTATION_STATES = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type PresentationState = (typeof PRESENTATION_STATES)[number];
/** 审核中, 已通过, 未通过, 已取消. */
export const PRESENTATION_STATE_LABELS: Record<PresentationState, string> = {
  pending: '审核中',
  approved: '已通过',
  rejected: '未通过',
  cancelled: '已取消',
};

export const PRESENTATION_LIMITS = {
  slotsMax: 3,
  audienceMax: 5000,
  majorsMax: 20,
  jobsMax: 20,
  titleMaxChars: 50,
  descriptionMaxChars: 2000,
  needsMaxChars: 500,
} as const;

const isoTime = (message: string) => z.iso.datetime({ offset: true, error: message });

/** The Shanghai calendar date of an instant ('YYYY-MM-DD'). */
const shanghaiDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

/** A time the company would like (期望时间): in the future, the end after the start, one day. */
export const PreferredSlotInput = z
  .object({ startsAt: isoTime('请选择开始时间'), endsAt: isoTime('请选择结束时间') })
  .superRefine((value, ctx) => {
    const start = Date.parse(value.startsAt);
    const end = Date.parse(value.endsAt);
    // The fields' own errors already say what is wrong with a time that is not one.
    if (Number.isNaN(start) || Number.isNaN(end)) return;
    if (start <= Date.now())
      ctx.addIssue({ code: 'custom', path: ['startsAt'], message: '期望时间须晚于现在' });
    if (end <= start) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: '结束时间须晚于开始时间' });
    else if (shanghaiDay(value.startsAt) !== shanghaiDay(value.endsAt))
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: '宣讲会须在同一天内开始和结束' });
  });

export const ApplyPresentationInput = z.object({
  universityId: z.uuid('请选择高校'),
  title: z
    .string()
    .trim()
    .min(2, '请输入宣讲主题（2-50个字）')
    .max(PRESENTATION_LIMITS.titleMaxChars, '宣讲主题不能超过50个字'),
  preferredSlots: z
    .array(PreferredSlotInput)
    .min(1, '请至少填写一个期望时间')
    .max(PRESENTATION_LIMITS.slotsMax, `最多填写${PRESENTATION_LIMITS.slotsMax}个期望时间`),
  expectedAudience: z.coerce
    .number({ error: '请输入预计人数' })
    .int('预计人数须为整数')
    .min(1, '预计人数至少为1')
    .max(PRESENTATION_LIMITS.audienceMax, `预计人数不能超过${PRESENTATION_LIMITS.audienceMax}`),
  majors: z
    .array(z.string().trim().min(1, '专业不能为空').max(20, '专业名称不能超过20个字'))
    .max(PRESENTATION_LIMITS.majorsMax, `最多填写${PRESENTATION_LIMITS.majorsMax}个专业`)
    .default([])
    .transform((list) => [...new Set(list)]),
  equipment: z
    .array(z.enum(VENUE_EQUIPMENT, { error: '请选择设备' }))
    .default([])
    .transform((list) => [...new Set(list)]),
  needs: z
    .string()
    .trim()
    .max(PRESENTATION_LIMITS.needsMaxChars, `其他需求不能超过${PRESENTATION_LIMITS.needsMaxChars}个字`)
    .default(''),
  contactName: PersonName,
  contactMobile: MobileNumber,
  jobIds: z
    .array(z.uuid('职位ID格式不正确'))
    .min(1, '请选择宣讲的职位')
    .max(PRESENTATION_LIMITS.jobsMax, `最多选择${PRESENTATION_LIMITS.jobsMax}个职位`)
    .transform((list) => [...new Set(list)]),
  description: z
    .string()
    .trim()
    .max(
      PRESENTATION_LIMITS.descriptionMaxChars,
      `宣讲会介绍不能超过${PRESENTATION_LIMITS.descriptionMaxChars}个字`,
    )
    .default(''),
});
export type ApplyPresentationInput = z.input<typeof ApplyPresentationInput>;

/**
 * What the university decides with 通过 (the decision's `details`): the room and the time from its
 * venue calendar, which may differ from the company's preferred ones (学校安排的时间).
 */
export const PresentationApproval = z
  .object({
    venueId: z.uuid('请选择场地'),
    startsAt: isoTime('请选择开始时间'),
    endsAt: isoTime('请选择结束时间'),
  })
  .superRefine((value, ctx) => {
    if (Date.parse(value.endsAt) <= Date.parse(value.startsAt))
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: '结束时间须晚于开始时间' });
  });
export type PresentationApproval = z.input<typeof PresentationApproval>;

const Slot = z.object({ startsAt: z.string(), endsAt: z.string() });
const AssignedVenue = z.object({
  id: z.string(),
  name: z.string(),
  campus: z.string(),
});

export const Presentation = z.object({
  id: z.string(),
  university: z.object({ id: z.string(), name: z.string() }),
  title: z.string(),
  description: z.string(),
  preferredSlots: z.array(Slot),
  expectedAudience: z.number().int(),
  majors: z.array(z.string()),
  equipment: z.array(z.string()),
  needs: z.string(),
  contactName: z.string(),
  contactMobile: z.string(),
  jobs: z.array(z.object({ id: z.string(), title: z.string() })),
  state: z.enum(PRESENTATION_STATES),
  /** The review's due date (审核中). */
  dueAt: z.string().nullable(),
  /** 未通过: the university's reason. */
  rejectReason: z.string().nullable(),
  /** Set on approval (安排的场地和时间). */
  venue: AssignedVenue.nullable(),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  capacity: z.number().int().nullable(),
  signupCount: z.number().int(),
  /** The university arranged a time none of the preferred slots holds. */
  timeDiffersFromPreferred: z.boolean(),
  submittedAt: z.string(),
  cancelledAt: z.string().nullable(),
  /** 取消 is offered (an approved presentation not yet begun). */
  canCancel: z.boolean(),
});
export type Presentation = z.infer<typeof Presentation>;
export const PresentationPage = pageSchema(Presentation);
export type PresentationPage = z.infer<typeof PresentationPage>;

export const PresentationListQuery = pageQuery({ defaultSize: 10, maxSize: 50 }).extend({
  state: z.enum(PRESENTATION_STATES).optional(),
  universityId: z.uuid('高校ID格式不正确').optional(),
});
export type PresentationListQuery = z.input<typeof PresentationListQuery>;
