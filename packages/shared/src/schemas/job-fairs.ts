import { z } from 'zod';
import { MobileNumber, PersonName } from './fields';
import { pageQuery, pageSchema } from './paging';

// 双选会 (issue 11 item 5; seed 002 校园招聘 > 双选会): a university holds a fair with numbered
// booths of a few kinds; companies entered there 报名 (a `job_fair_registration` review request the
// university decides in 3 working days); the university assigns the booths.
//
// Routes (all errors are ErrorBody; field errors in details.fields):
//   GET  /api/university/job-fairs?state=&when=&page=&pageSize=     → UniversityJobFairPage (staff)
//   POST /api/university/job-fairs  JobFairInput                    → UniversityJobFairDetail
//   GET  /api/university/job-fairs/:fairId                          → UniversityJobFairDetail
//   PUT  /api/university/job-fairs/:fairId  JobFairInput (编辑)      → UniversityJobFairDetail
//   POST /api/university/job-fairs/:fairId/cancel                   → UniversityJobFairDetail
//   POST /api/university/job-fairs/:fairId/registrations/:registrationId/booth  AssignBoothInput
//   POST /api/university/job-fairs/:fairId/auto-assign              → UniversityJobFairDetail
//   GET  /api/employer/job-fairs?universityId=&when=&page=&pageSize= → EmployerJobFairPage
//   GET  /api/employer/job-fair-registrations?page=&pageSize=      → JobFairRegistrationPage (我的报名)
//   GET  /api/employer/job-fairs/:fairId                            → EmployerJobFair
//   POST /api/employer/job-fairs/:fairId/registrations  RegisterJobFairInput → JobFairRegistration (报名)
//   POST /api/employer/job-fair-registrations/:registrationId/withdraw      → JobFairRegistration (撤销报名)
//   GET  /api/public/job-fairs?universityId=&page=&pageSize=         → PublicJobFairPage (anyone)
//   GET  /api/public/job-fairs/:fairId                              → PublicJobFairDetail (anyone)

export const JOB_FAIR_LIMITS = {
  titleMaxChars: 60,
  descriptionMaxChars: 2000,
  rulesMaxChars: 2000,
  locationMaxChars: 60,
  boothKindsMax: 5,
  boothsMax: 500,
  contactsMax: 3,
  jobsMax: 20,
  boothWishMaxChars: 200,
  /** ¥100,000.00 in fen. */
  feeMaxCents: 10_000_000,
} as const;

export const JOB_FAIR_REGISTRATION_STATES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type JobFairRegistrationState = (typeof JOB_FAIR_REGISTRATION_STATES)[number];
export const JOB_FAIR_STATES = ['published', 'cancelled'] as const;
export type JobFairState = (typeof JOB_FAIR_STATES)[number];

/** 审核中 / 已通过 / 未通过 / 已撤销. */
export const JOB_FAIR_REGISTRATION_STATE_LABELS: Record<JobFairRegistrationState, string> = {
  pending: '审核中',
  approved: '已通过',
  rejected: '未通过',
  withdrawn: '已撤销',
};

const isoTime = z.iso.datetime({ offset: true, message: '时间格式不正确' });

/** A booth kind of the form: 展位类型, 费用 (fen; 0 = free) and how many booths of it. */
export const BoothKindInput = z.object({
  name: z.string().trim().min(1, '请输入展位类型').max(20, '展位类型不能超过20个字'),
  feeCents: z
    .number('请输入费用')
    .int('费用最多精确到分')
    .min(0, '费用不能为负数')
    .max(JOB_FAIR_LIMITS.feeMaxCents, '费用不能超过100000元'),
  count: z
    .number('请输入展位数量')
    .int('展位数量必须是整数')
    .min(1, '每种展位至少1个')
    .max(JOB_FAIR_LIMITS.boothsMax, `展位数量不能超过${JOB_FAIR_LIMITS.boothsMax}`),
});
export type BoothKindInput = z.input<typeof BoothKindInput>;

/**
 * 新建双选会 / 编辑. The booths are numbered per kind (A01… for the first kind, B01… for the
 * second); the capacity is their total. `venueId`: one of the university's rooms (booked on its
 * calendar); otherwise `location` names the place (体育馆).
 */
export const JobFairInput = z
  .object({
    title: z
      .string()
      .trim()
      .min(2, '请输入双选会名称（2-60个字）')
      .max(JOB_FAIR_LIMITS.titleMaxChars, '双选会名称不能超过60个字'),
    description: z
      .string()
      .trim()
      .max(JOB_FAIR_LIMITS.descriptionMaxChars, '简介不能超过2000个字')
      .default(''),
    startsAt: isoTime,
    endsAt: isoTime,
    venueId: z.uuid('场地不正确').nullable().default(null),
    location: z.string().trim().max(JOB_FAIR_LIMITS.locationMaxChars, '地点不能超过60个字').default(''),
    boothKinds: z
      .array(BoothKindInput)
      .min(1, '请至少设置一种展位')
      .max(JOB_FAIR_LIMITS.boothKindsMax, `最多${JOB_FAIR_LIMITS.boothKindsMax}种展位`),
    registrationOpensAt: isoTime,
    registrationClosesAt: isoTime,
    rules: z.string().trim().max(JOB_FAIR_LIMITS.rulesMaxChars, '参会须知不能超过2000个字').default(''),
  })
  .superRefine((value, ctx) => {
    if (Date.parse(value.endsAt) <= Date.parse(value.startsAt))
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: '结束时间须晚于开始时间' });
    if (Date.parse(value.registrationClosesAt) <= Date.parse(value.registrationOpensAt))
      ctx.addIssue({
        code: 'custom',
        path: ['registrationClosesAt'],
        message: '报名截止时间须晚于报名开始时间',
      });
    if (Date.parse(value.registrationClosesAt) > Date.parse(value.startsAt))
      ctx.addIssue({ code: 'custom', path: ['registrationClosesAt'], message: '报名须在双选会开始前截止' });
    if (!value.venueId && value.location.length < 2)
      ctx.addIssue({ code: 'custom', path: ['location'], message: '请选择场地或填写地点' });
    const names = value.boothKinds.map((kind) => kind.name);
    if (new Set(names).size !== names.length)
      ctx.addIssue({ code: 'custom', path: ['boothKinds'], message: '展位类型不能重名' });
    const total = value.boothKinds.reduce((sum, kind) => sum + kind.count, 0);
    if (total > JOB_FAIR_LIMITS.boothsMax)
      ctx.addIssue({
        code: 'custom',
        path: ['boothKinds'],
        message: `展位总数不能超过${JOB_FAIR_LIMITS.boothsMax}`,
      });
  });
export type JobFairInput = z.input<typeof JobFairInput>;

export const BoothKind = z.object({
  /** Stable within the fair: 'A', 'B', … (the letter of its booth numbers). */
  code: z.string(),
  name: z.string(),
  feeCents: z.number().int(),
  count: z.number().int(),
});
export type BoothKind = z.infer<typeof BoothKind>;

export const JobFairUniversity = z.object({ id: z.string(), name: z.string() });

/** A fair as every audience sees it. */
export const JobFair = z.object({
  id: z.string(),
  university: JobFairUniversity,
  title: z.string(),
  description: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  venueId: z.string().nullable(),
  location: z.string(),
  boothKinds: z.array(BoothKind),
  registrationOpensAt: z.string(),
  registrationClosesAt: z.string(),
  capacity: z.number().int(),
  registeredCount: z.number().int(),
  rules: z.string(),
  state: z.enum(JOB_FAIR_STATES),
  /** 报名中 / 未开始报名 / 报名已截止 / 已举办 / 已取消, computed on the server's clock. */
  phase: z.enum(['upcoming_registration', 'registration_open', 'registration_closed', 'held', 'cancelled']),
});
export type JobFair = z.infer<typeof JobFair>;

export const JobFairContact = z.object({ name: PersonName, mobile: MobileNumber });
export const JobFairContactOut = z.object({ name: z.string(), mobile: z.string() });

export const JobFairJob = z.object({ id: z.string(), title: z.string() });

/** A company's 报名 as the company (its contacts in full) and the university's staff see it. */
export const JobFairRegistration = z.object({
  id: z.string(),
  fair: z.object({
    id: z.string(),
    title: z.string(),
    university: JobFairUniversity,
    startsAt: z.string(),
    endsAt: z.string(),
    location: z.string(),
    registrationClosesAt: z.string(),
    state: z.enum(JOB_FAIR_STATES),
  }),
  company: z.object({ id: z.string(), name: z.string() }),
  contacts: z.array(JobFairContactOut),
  jobs: z.array(JobFairJob),
  boothKind: BoothKind.nullable(),
  boothWish: z.string(),
  state: z.enum(JOB_FAIR_REGISTRATION_STATES),
  rejectReason: z.string().nullable(),
  booth: z.object({ id: z.string(), code: z.string() }).nullable(),
  reviewRequestId: z.string().nullable(),
  /** The review's due date (审核截止) while pending. */
  dueAt: z.string().nullable(),
  /** 撤销报名 is open (pending or approved, before the registration closes, fair not cancelled). */
  canWithdraw: z.boolean(),
  createdAt: z.string(),
  withdrawnAt: z.string().nullable(),
});
export type JobFairRegistration = z.infer<typeof JobFairRegistration>;
export const JobFairRegistrationPage = pageSchema(JobFairRegistration);
export type JobFairRegistrationPage = z.infer<typeof JobFairRegistrationPage>;

export const JobFairBooth = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.string(),
  /** The approved registration holding it, if any. */
  registrationId: z.string().nullable(),
});

export const UniversityJobFairDetail = JobFair.extend({
  booths: z.array(JobFairBooth),
  registrations: z.array(JobFairRegistration),
});
export type UniversityJobFairDetail = z.infer<typeof UniversityJobFairDetail>;

export const UniversityJobFairItem = JobFair.extend({
  pendingCount: z.number().int(),
  approvedCount: z.number().int(),
});
export const UniversityJobFairPage = pageSchema(UniversityJobFairItem);
export type UniversityJobFairPage = z.infer<typeof UniversityJobFairPage>;

export const JOB_FAIR_WHEN = ['upcoming', 'past'] as const;

export const UniversityJobFairListQuery = pageQuery({ defaultSize: 20, maxSize: 100 }).extend({
  state: z.enum(JOB_FAIR_STATES).optional(),
  when: z.enum(JOB_FAIR_WHEN).optional(),
});
export type UniversityJobFairListQuery = z.input<typeof UniversityJobFairListQuery>;

export const AssignBoothInput = z.object({
  /** null: 取消分配. */
  boothId: z.uuid('展位不正确').nullable(),
});
export type AssignBoothInput = z.input<typeof AssignBoothInput>;

/** A fair in the company's list: with its entry state at the university and its own 报名. */
export const EmployerJobFair = JobFair.extend({
  /** 入驻高校 state at the fair's university: none | pending | entered | rejected. */
  entryState: z.enum(['none', 'pending', 'entered', 'rejected']),
  registration: JobFairRegistration.nullable(),
});
export type EmployerJobFair = z.infer<typeof EmployerJobFair>;
export const EmployerJobFairPage = pageSchema(EmployerJobFair);
export type EmployerJobFairPage = z.infer<typeof EmployerJobFairPage>;

export const EmployerJobFairListQuery = pageQuery({ defaultSize: 20, maxSize: 100 }).extend({
  universityId: z.uuid('高校ID格式不正确').optional(),
  when: z.enum(JOB_FAIR_WHEN).optional(),
});
export type EmployerJobFairListQuery = z.input<typeof EmployerJobFairListQuery>;

export const JobFairRegistrationListQuery = pageQuery({ defaultSize: 20, maxSize: 100 });

/** 报名: 联系人 1-3, 携带职位 (招聘中), 展位类型, 展位意向. */
export const RegisterJobFairInput = z.object({
  contacts: z
    .array(JobFairContact)
    .min(1, '请至少填写一位联系人')
    .max(JOB_FAIR_LIMITS.contactsMax, `最多${JOB_FAIR_LIMITS.contactsMax}位联系人`),
  jobIds: z
    .array(z.uuid('职位不正确'))
    .min(1, '请选择携带的职位')
    .max(JOB_FAIR_LIMITS.jobsMax, `最多选择${JOB_FAIR_LIMITS.jobsMax}个职位`),
  boothKind: z.string().trim().min(1, '请选择展位类型').max(10, '请选择展位类型'),
  boothWish: z
    .string()
    .trim()
    .max(JOB_FAIR_LIMITS.boothWishMaxChars, `展位意向不能超过${JOB_FAIR_LIMITS.boothWishMaxChars}个字`)
    .default(''),
});
export type RegisterJobFairInput = z.input<typeof RegisterJobFairInput>;

// The students' side: published fairs, and a fair's approved companies at their booths.
export const PublicJobFairListQuery = pageQuery({ defaultSize: 20, maxSize: 50 }).extend({
  universityId: z.uuid('高校ID格式不正确').optional(),
});
export type PublicJobFairListQuery = z.input<typeof PublicJobFairListQuery>;
export const PublicJobFairPage = pageSchema(JobFair);
export type PublicJobFairPage = z.infer<typeof PublicJobFairPage>;

export const PublicJobFairDetail = JobFair.extend({
  companies: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      boothCode: z.string().nullable(),
      jobs: z.array(JobFairJob),
    }),
  ),
});
export type PublicJobFairDetail = z.infer<typeof PublicJobFairDetail>;
