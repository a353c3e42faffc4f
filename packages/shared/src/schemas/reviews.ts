import { z } from 'zod';
import { CompanyVerificationFields } from './company-verification';
import { pageQuery, pageSchema } from './paging';

// The review engine (docs/decisions/011-review-engine.md): one queue for every kind of request
// someone else decides. Today the platform's 平台认证 of seed 002 (单位注册, 管理员申请, 认证信息变更);
// a university's and the operators' later kinds join the same list and drawer.
//
// Routes (operators; all errors are ErrorBody):
//   GET  /api/ops/reviews?kind=&state=&page=&pageSize=  → Page<ReviewRequest>
//   GET  /api/ops/reviews/:id                           → ReviewRequest
//   POST /api/ops/reviews/:id/decision  ReviewDecisionInput → ReviewRequest
//   GET  /api/ops/files/:fileId                         → a file a review request points at
//   GET  /api/ops/events                                → text/event-stream (OperatorEvent)

/** Every kind's code; the server's registry (modules/reviews/kinds) has one file per code. */
export const REVIEW_KINDS = [
  'new_company',
  'admin_application',
  'verification_change',
  'university_entry',
  'brochure',
  'presentation',
  'job_fair_registration',
  'invoice',
  'video_fair_registration',
  'cloud_presentation',
] as const;
export const REVIEW_STATES = ['pending', 'approved', 'rejected'] as const;
/** Who decides a kind: the platform's operators, or one university's career centre. */
export const REVIEWER_KINDS = ['platform', 'university'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];
export type ReviewState = (typeof REVIEW_STATES)[number];
export type ReviewerKind = (typeof REVIEWER_KINDS)[number];

export const ApplicantSummary = z.object({
  name: z.string(),
  department: z.string(),
  mobileMasked: z.string(),
});

export const ReviewFile = z.object({
  id: z.string(),
  name: z.string(),
  contentType: z.string(),
  /** GET /api/ops/files/:id (operators only). */
  url: z.string(),
});

export const ReviewField = z.object({ label: z.string(), value: z.string() });

/**
 * How a request shows in the drawer, as its kind describes it: titled sections of label/value pairs
 * (labels resolved on the server), and for a change request each changed field before and after.
 */
export const ReviewView = z.object({
  sections: z.array(
    z.object({
      title: z.string(),
      fields: z.array(ReviewField),
      /** One pair a row for a list (开票申请's orders); two by default. */
      columns: z.literal(1).optional(),
    }),
  ),
  changes: z
    .object({
      title: z.string(),
      beforeTitle: z.string(),
      afterTitle: z.string(),
      rows: z.array(z.object({ label: z.string(), before: z.string(), after: z.string() })),
    })
    .nullable(),
  /** The heading of the files (认证材料); shown with 未上传 when there are none. */
  filesTitle: z.string(),
  /** A rich text to read (招聘简章: its title and sanitised HTML), shown above the sections. */
  richText: z.object({ title: z.string(), html: z.string() }).nullable().optional(),
});
export type ReviewView = z.infer<typeof ReviewView>;

/** One request in a review queue. */
export const ReviewRequest = z.object({
  id: z.string(),
  kind: z.enum(REVIEW_KINDS),
  /** The record the request is about (the company; the presentation of a `presentation` request). */
  subjectId: z.string(),
  /** The kind's Chinese name (单位注册申请). */
  kindLabel: z.string(),
  state: z.enum(REVIEW_STATES),
  submittedAt: z.string(),
  /** Working-day due date (campus reviews); null when the kind has none. */
  dueAt: z.string().nullable(),
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
  view: ReviewView,
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
  /** Pending past its due date (逾期). */
  overdue: z.boolean(),
});
export type ReviewRequest = z.infer<typeof ReviewRequest>;

export const ReviewRequestPage = pageSchema(ReviewRequest);

export const ReviewListQuery = pageQuery({ defaultSize: 20, maxSize: 100 }).extend({
  kind: z.enum(REVIEW_KINDS).optional(),
  state: z.enum(REVIEW_STATES).optional(),
});
export type ReviewListQuery = z.input<typeof ReviewListQuery>;

/** approve, or reject with a reason of 2-200 characters (shown to the applicant). */
export const ReviewDecisionInput = z
  .object({
    decision: z.enum(['approve', 'reject']),
    reason: z.string().trim().max(200, '原因不能超过200个字').optional(),
    /**
     * What approving decides besides yes, for a kind that needs it (宣讲会: the room and the time;
     * 双选会: the booth). The kind's `approval` schema checks it on the server.
     */
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision === 'reject' && (value.reason ?? '').length < 2) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: '请填写驳回原因（2-200个字）' });
    }
  });
export type ReviewDecisionInput = z.input<typeof ReviewDecisionInput>;

// 入驻高校 (campus issue §3): the `university_entry` kind seen from the company.
//   GET  /api/employer/university-entries?page=&pageSize= → UniversityEntryPage (every university)
//   POST /api/employer/university-entries/:universityId   → UniversityEntry (入驻 / 重新申请)
// The universities' queue is the review queue at /api/university/reviews (same shapes as /api/ops).

/** none 未入驻, pending 审核中, entered 已入驻, rejected 未通过. */
export const UNIVERSITY_ENTRY_STATES = ['none', 'pending', 'entered', 'rejected'] as const;
export type UniversityEntryState = (typeof UNIVERSITY_ENTRY_STATES)[number];

export const UniversityEntry = z.object({
  university: z.object({ id: z.string(), name: z.string(), city: z.string() }),
  state: z.enum(UNIVERSITY_ENTRY_STATES),
  /** The newest request, if any. */
  requestId: z.string().nullable(),
  submittedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** Why the university said no (未通过). */
  reason: z.string().nullable(),
});
export type UniversityEntry = z.infer<typeof UniversityEntry>;
export const UniversityEntryPage = pageSchema(UniversityEntry);
export type UniversityEntryPage = z.infer<typeof UniversityEntryPage>;
export const UniversityEntryListQuery = pageQuery({ defaultSize: 20, maxSize: 100 });
export type UniversityEntryListQuery = z.input<typeof UniversityEntryListQuery>;

// 工作日历 (campus issue §2): the operators' overrides of the official calendar.
//   GET /api/ops/work-calendar/overrides → WorkCalendarOverview
//   PUT /api/ops/work-calendar/overrides  WorkCalendarOverridesInput → WorkCalendarOverview

export const WorkCalendarOverride = z.object({
  date: z.iso.date('请选择日期'),
  /** true: 上班 (a make-up workday), false: 放假. */
  working: z.boolean(),
  note: z.string().trim().max(50, '备注不能超过50个字').default(''),
});
export type WorkCalendarOverride = z.infer<typeof WorkCalendarOverride>;

export const WorkCalendarOverridesInput = z.object({
  overrides: z
    .array(WorkCalendarOverride)
    .max(400, '最多400条')
    .refine((list) => new Set(list.map((o) => o.date)).size === list.length, '同一日期只能设置一次'),
});
export type WorkCalendarOverridesInput = z.input<typeof WorkCalendarOverridesInput>;

export const WorkCalendarOverview = z.object({
  overrides: z.array(WorkCalendarOverride.extend({ note: z.string() })),
  /** This year and the next (Shanghai): covered when their official holidays are known. */
  years: z.array(z.object({ year: z.number(), covered: z.boolean() })),
});
export type WorkCalendarOverview = z.infer<typeof WorkCalendarOverview>;
