import { z } from 'zod';
import { codesOf } from '../enums/dictionary';
import { EDUCATION_LEVELS } from '../enums/education';
import { POLITICAL_STATUSES } from '../enums/political-status';
import { WORK_AREAS } from '../enums/work-area';
import { WORK_NATURES } from '../enums/work-nature';

export const EducationField = z.enum(codesOf(EDUCATION_LEVELS), { error: '请选择学历' });
export const PoliticalStatusField = z.enum(codesOf(POLITICAL_STATUSES), { error: '请选择政治面貌' });
export const WorkNatureField = z.enum(codesOf(WORK_NATURES), { error: '请选择工作性质' });
export const WorkAreaField = z.enum(codesOf(WORK_AREAS), { error: '请选择工作地区' });

/** Seed 000 §二: basic information comes from the HR authority and is read-only to the seeker. */
export const SeekerProfile = z.object({
  name: z.string(),
  sex: z.enum(['M', 'F']),
  birthDate: z.string(),
  idNumberMasked: z.string(),
  householdRegistration: z.string(),
  mobileMasked: z.string(),
  education: EducationField.nullable(),
  politicalStatus: PoliticalStatusField.nullable(),
  /** Seed 000 §三.2: chosen once before the first search; afterwards only a centre changes them. */
  profileCompleted: z.boolean(),
});
export type SeekerProfile = z.infer<typeof SeekerProfile>;

export const CompleteSeekerProfileInput = z.object({
  education: EducationField,
  politicalStatus: PoliticalStatusField,
});
export type CompleteSeekerProfileInput = z.infer<typeof CompleteSeekerProfileInput>;

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '请选择年月');
const text = (max: number, label: string) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}不能超过${max}个字`);

export const ResumeEducation = z.object({
  school: text(60, '学校名称'),
  major: z.string().trim().max(60, '专业不能超过60个字').default(''),
  education: EducationField,
  startMonth: month,
  endMonth: month.nullable(),
});

export const ResumeExperience = z.object({
  company: text(60, '单位名称'),
  title: text(40, '职位名称'),
  startMonth: month,
  endMonth: month.nullable(),
  description: z.string().trim().max(1000, '工作内容不能超过1000个字').default(''),
});

export const ResumeCertificate = z.object({ name: text(60, '证书名称'), issuedMonth: month.nullable() });

export const JobIntention = z
  .object({
    occupations: z.array(text(30, '期望职位')).min(1, '请填写期望职位').max(5, '期望职位最多5个'),
    workAreas: z.array(WorkAreaField).max(5, '期望地区最多5个').default([]),
    workNature: WorkNatureField.nullable().default(null),
    salaryMin: z.number().int().min(0).max(1_000_000).nullable().default(null),
    salaryMax: z.number().int().min(0).max(1_000_000).nullable().default(null),
  })
  .refine((v) => v.salaryMin === null || v.salaryMax === null || v.salaryMin <= v.salaryMax, {
    message: '期望薪资下限不能高于上限',
    path: ['salaryMax'],
  });

/** The part of the resume the seeker edits (on the PC page, seed 000 §二.2). */
export const UpdateResumeInput = z.object({
  educations: z.array(ResumeEducation).max(10, '教育经历最多10条'),
  experiences: z.array(ResumeExperience).max(20, '工作经历最多20条'),
  skills: z.array(text(30, '技能')).max(30, '技能最多30项'),
  certificates: z.array(ResumeCertificate).max(30, '证书最多30项'),
  jobIntention: JobIntention.nullable(),
  selfIntroduction: z.string().trim().max(2000, '自我介绍不能超过2000个字'),
  /** Talent centre (seed 002 人才中心): may employers find this resume through recommendations? */
  allowRecommendation: z.boolean(),
});
export type UpdateResumeInput = z.input<typeof UpdateResumeInput>;

export const Resume = z.object({
  basic: SeekerProfile,
  educations: z.array(ResumeEducation),
  experiences: z.array(ResumeExperience),
  skills: z.array(z.string()),
  certificates: z.array(ResumeCertificate),
  jobIntention: JobIntention.nullable(),
  selfIntroduction: z.string(),
  allowRecommendation: z.boolean(),
  /** 0-100, with the sections still missing so the page can say what to add. */
  completeness: z.number().int().min(0).max(100),
  missing: z.array(z.string()),
  updatedAt: z.string().nullable(),
});
export type Resume = z.infer<typeof Resume>;
