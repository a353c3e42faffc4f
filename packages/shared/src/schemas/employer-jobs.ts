import { z } from 'zod';
import { SHANGHAI_DISTRICTS } from '../enums/work-area';
import { parseLandline, parseMobile } from '../validators';
import { pageSchema } from './paging';
import { EducationField, WorkAreaField, WorkNatureField } from './seeker-profile';

// Seed 002 职位管理 (/api/employer/jobs): 新增 → 保存 publishes into 招聘中; 下架, 重新发布, 删除 (only
// 已下架), 分享 and 置顶 (only 招聘中). The fields are the ones the seeker searches and reads (seed 000 §三).

export const EMPLOYER_JOB_TABS = [
  { code: 'recruiting', label: '招聘中' },
  { code: 'offline', label: '已下架' },
] as const;
export type EmployerJobTab = (typeof EMPLOYER_JOB_TABS)[number]['code'];

export const EMPLOYER_JOB_PAGE_SIZE_MAX = 50;

export const EmployerJobListQuery = z.object({
  tab: z.enum(['recruiting', 'offline'], { error: '列表不正确' }).default('recruiting'),
  keyword: z.string().trim().max(30, '关键词不能超过30个字').optional(),
  page: z.coerce.number().int().min(1, '页码不正确').default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1, '每页条数不正确')
    .max(EMPLOYER_JOB_PAGE_SIZE_MAX, `每页最多${EMPLOYER_JOB_PAGE_SIZE_MAX}条`)
    .default(10),
});
export type EmployerJobListQuery = z.input<typeof EmployerJobListQuery>;

/** A job's states; `deleted` is the row's deletedAt (the job left the console for good). */
export const JOB_STATES = ['recruiting', 'offline', 'deleted'] as const;
export type JobState = (typeof JOB_STATES)[number];

/**
 * What a job may do in each state: the one table every action checks (written once, STYLE.md);
 * the server's job machine (employer-jobs/job-machine.ts) is built from it, the console hides the
 * buttons it refuses. 分享 and 置顶 keep the state. 编辑 applies in every state a job is found in.
 * 删除 leaves the job for good (deletedAt, docs/decisions/010-employer-console.md).
 */
export const JOB_ACTIONS = {
  offline: { from: ['recruiting'], to: 'offline', refusal: '只有招聘中的职位可以下架' },
  republish: { from: ['offline'], to: 'recruiting', refusal: '只有已下架的职位可以重新发布' },
  delete: { from: ['offline'], to: 'deleted', refusal: '只有已下架的职位可以删除，请先下架该职位' },
  share: { from: ['recruiting'], to: 'recruiting', refusal: '只有招聘中的职位可以分享' },
  pin: { from: ['recruiting'], to: 'recruiting', refusal: '只有招聘中的职位可以置顶' },
} as const satisfies Record<string, { from: readonly JobState[]; to: JobState; refusal: string }>;
export type JobAction = keyof typeof JOB_ACTIONS;

export function canDoJobAction(action: JobAction, state: JobState): boolean {
  return (JOB_ACTIONS[action].from as readonly string[]).includes(state);
}

const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过${max}个字`);
const whole = (label: string, min: number, max: number) =>
  z
    .number({ error: `请填写${label}` })
    .int(`${label}须为整数`)
    .min(min, `${label}不能小于${min}`)
    .max(max, `${label}不能超过${max}`);

/** 联系电话: a mobile number or a landline (区号-号码), stored in its normalised form. */
export const JobContactPhone = z
  .string({ error: '请填写联系电话' })
  .trim()
  .min(1, '请填写联系电话')
  .transform((input, ctx) => {
    const mobile = parseMobile(input);
    if (mobile.ok) return mobile.value.normalized;
    const landline = parseLandline(input);
    if (landline.ok) return landline.value.normalized;
    ctx.addIssue({ code: 'custom', message: '请填写正确的手机号或固定电话（如021-62345678）' });
    return z.NEVER;
  });

/** 劳动合同法 第十九条: a probation is at most six months. */
export const PROBATION_MONTHS_MAX = 6;
/** 劳动合同法 第二十条: probation pay is at least 80 % of the agreed pay. */
export const PROBATION_PAY_SHARE = 0.8;

/** 新增 / 编辑: the form of seed 002 职位管理, the job seekers search and read (seed 000 §三.4-5). */
export const EmployerJobInput = z
  .object({
    title: text('职位名称', 40),
    occupation: text('职业名称', 30),
    salaryMin: whole('月薪下限', 1, 1_000_000),
    salaryMax: whole('月薪上限', 1, 1_000_000),
    headcount: whole('招聘人数', 1, 9999),
    /** null = 不限. */
    education: EducationField.nullable(),
    ageMin: whole('最低年龄', 16, 65),
    ageMax: whole('最高年龄', 16, 65),
    workNature: WorkNatureField,
    workArea: WorkAreaField,
    address: text('工作地址', 100),
    description: text('职位描述', 2000),
    skills: text('技能要求', 1000),
    probationMonths: whole('试用期', 0, PROBATION_MONTHS_MAX).max(
      PROBATION_MONTHS_MAX,
      `试用期最长${PROBATION_MONTHS_MAX}个月`,
    ),
    probationSalary: whole('试用期薪资', 1, 1_000_000).nullable(),
    contactName: text('联系人', 30),
    contactPhone: JobContactPhone,
    isCampus: z.boolean().default(false),
    targetUniversityIds: z
      .array(z.uuid('高校选择有误'))
      .max(20, '面向高校最多选择20所')
      .refine((ids) => new Set(ids).size === ids.length, '面向高校不能重复')
      .default([]),
  })
  .superRefine((job, ctx) => {
    if (job.salaryMax < job.salaryMin)
      ctx.addIssue({ code: 'custom', path: ['salaryMax'], message: '月薪上限不能低于月薪下限' });
    if (job.ageMax < job.ageMin)
      ctx.addIssue({ code: 'custom', path: ['ageMax'], message: '最高年龄不能低于最低年龄' });
    if (job.probationMonths > 0) {
      const floor = Math.ceil(job.salaryMin * PROBATION_PAY_SHARE);
      if (job.probationSalary === null)
        ctx.addIssue({ code: 'custom', path: ['probationSalary'], message: '请填写试用期薪资' });
      else if (job.probationSalary < floor)
        ctx.addIssue({
          code: 'custom',
          path: ['probationSalary'],
          message: `试用期薪资不能低于月薪下限的80%（${floor}元）`,
        });
      else if (job.probationSalary > job.salaryMax)
        ctx.addIssue({ code: 'custom', path: ['probationSalary'], message: '试用期薪资不能高于月薪上限' });
    }
    if (job.isCampus && job.targetUniversityIds.length === 0)
      ctx.addIssue({ code: 'custom', path: ['targetUniversityIds'], message: '校园招聘请选择面向的高校' });
  });
export type EmployerJobInput = z.input<typeof EmployerJobInput>;
export type EmployerJobValues = z.output<typeof EmployerJobInput>;

/** 置顶 areas: 上海 全市 ('310000') or a district (外省市 jobs are not pinned in Shanghai). */
export const PIN_AREAS = [{ code: '310000', label: '全市' }, ...SHANGHAI_DISTRICTS] as const;
/** One pin covers at most this many days (both ends included). */
export const PIN_MAX_DAYS = 30;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为YYYY-MM-DD');

export const JobPinInput = z.object({
  areas: z
    .array(z.enum(PIN_AREAS.map((area) => area.code) as [string, ...string[]], { error: '置顶城市不正确' }))
    .min(1, '请选择置顶城市')
    .max(PIN_AREAS.length)
    .refine((areas) => new Set(areas).size === areas.length, '置顶城市不能重复'),
  startDate: day,
  endDate: day,
});
export type JobPinInput = z.input<typeof JobPinInput>;

export const JobPinView = z.object({
  id: z.string(),
  areas: z.array(z.string()),
  startDate: z.string(),
  endDate: z.string(),
  /** Asia/Shanghai today: 置顶中 / 待生效 / 已结束. */
  status: z.enum(['active', 'upcoming', 'ended']),
  createdAt: z.string(),
});
export type JobPinView = z.infer<typeof JobPinView>;

export const EmployerJobRow = z.object({
  id: z.string(),
  title: z.string(),
  occupation: z.string(),
  salaryMin: z.number(),
  salaryMax: z.number(),
  headcount: z.number(),
  education: EducationField.nullable(),
  ageMin: z.number(),
  ageMax: z.number(),
  workNature: WorkNatureField,
  workArea: WorkAreaField,
  isCampus: z.boolean(),
  state: z.enum(['recruiting', 'offline']),
  publishedAt: z.string(),
  offlineAt: z.string().nullable(),
  updatedAt: z.string(),
  /** 收到简历: every resume the company received for the job (简历管理). */
  applicationCount: z.number(),
  /** 置顶 tag: a pin covers today (Asia/Shanghai). */
  pinned: z.boolean(),
  /** The pins covering today or later, with their areas and dates. */
  pins: z.array(JobPinView),
});
export type EmployerJobRow = z.infer<typeof EmployerJobRow>;

/** Whether the company may publish (seed 002: an unverified company cannot), and why not. */
export const PublishingPermission = z.object({
  allowed: z.boolean(),
  reason: z.string().nullable(),
});
export type PublishingPermission = z.infer<typeof PublishingPermission>;

export const EmployerJobList = pageSchema(EmployerJobRow).extend({
  /** Both tabs' sizes, for the tab titles. */
  counts: z.object({ recruiting: z.number(), offline: z.number() }),
  publishing: PublishingPermission,
});
export type EmployerJobList = z.infer<typeof EmployerJobList>;

export const EmployerJobDetail = EmployerJobRow.extend({
  address: z.string(),
  description: z.string(),
  skills: z.string(),
  probationMonths: z.number(),
  probationSalary: z.number().nullable(),
  contactName: z.string(),
  contactPhone: z.string(),
  targetUniversities: z.array(z.object({ id: z.string(), name: z.string() })),
  createdAt: z.string(),
});
export type EmployerJobDetail = z.infer<typeof EmployerJobDetail>;

/** 分享: the seeker's job page (what the QR code opens) and the company logo for its centre. */
export const JobShare = z.object({
  jobId: z.string(),
  title: z.string(),
  /** The seeker app's job page, relative to the site: /m/jobs/<id>. */
  path: z.string(),
  /** The same page as an absolute URL, as the request reached the server. */
  url: z.string(),
  company: z.object({
    id: z.string(),
    name: z.string(),
    /** /api/public/companies/<id>/logo when the company has a logo; null otherwise. */
    logoUrl: z.string().nullable(),
  }),
});
export type JobShare = z.infer<typeof JobShare>;
