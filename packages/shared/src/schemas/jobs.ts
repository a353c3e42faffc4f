import { z } from 'zod';
import { PublicCompanyBrand } from './company-settings';
import { EducationField, WorkAreaField, WorkNatureField } from './seeker-profile';

/** Seed 000 §三.3: every filter has 不限 (empty or absent). Age is one number, 16-65. */
export const SearchJobsQuery = z.object({
  keyword: z.string().trim().max(30, '关键词不能超过30个字').optional(),
  education: EducationField.or(z.literal('')).optional(),
  age: z.coerce.number().int().min(16, '年龄范围为16至65周岁').max(65, '年龄范围为16至65周岁').optional(),
  workNature: WorkNatureField.or(z.literal('')).optional(),
  area: WorkAreaField.or(z.literal('')).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchJobsQuery = z.input<typeof SearchJobsQuery>;

/** What a search result shows (seed 000 §三.4): title, employer, salary, education, age, headcount. */
export const JobSummary = z.object({
  id: z.string(),
  title: z.string(),
  companyName: z.string(),
  salaryMin: z.number(),
  salaryMax: z.number(),
  education: EducationField.nullable(),
  ageMin: z.number(),
  ageMax: z.number(),
  headcount: z.number(),
  workArea: z.string(),
  publishedAt: z.string(),
  pinned: z.boolean(),
});
export type JobSummary = z.infer<typeof JobSummary>;

/** The count is exact up to 10,000; beyond that `totalCapped` says "10000+". */
export const SEARCH_COUNT_CAP = 10_000;
export const SearchJobsResult = z.object({
  items: z.array(JobSummary),
  nextCursor: z.string().nullable(),
  total: z.number(),
  totalCapped: z.boolean(),
});
export type SearchJobsResult = z.infer<typeof SearchJobsResult>;

export const JOB_STATE_LABELS = { recruiting: '招聘中', offline: '已下架' } as const;

export const JobDetail = JobSummary.extend({
  occupation: z.string(),
  workNature: WorkNatureField,
  address: z.string(),
  description: z.string(),
  skills: z.string(),
  probationMonths: z.number(),
  probationSalary: z.number().nullable(),
  isCampus: z.boolean(),
  state: z.enum(['recruiting', 'offline']),
  company: z
    .object({
      id: z.string(),
      name: z.string(),
      nature: z.string(),
      industry: z.string(),
      address: z.string(),
      /** 雇主品牌 单位介绍. */
      introduction: z.string(),
    })
    // 公司设置 > 雇主品牌 (seed 002): logo, photos and 福利标签 shown on the job page.
    .extend(PublicCompanyBrand.shape),
  favourite: z.boolean(),
  /** The seeker's current application to this job, if any. */
  application: z.object({ id: z.string(), state: z.string() }).nullable(),
  /** Seed 000 §四 with the rule: warn before applying to a job whose age or education is not met. */
  warnings: z.array(z.string()),
});
export type JobDetail = z.infer<typeof JobDetail>;

/** The detail behind a shared link or QR code: no login, so nothing about a seeker. */
export const PublicJobDetail = JobDetail.omit({ favourite: true, application: true, warnings: true });
export type PublicJobDetail = z.infer<typeof PublicJobDetail>;
