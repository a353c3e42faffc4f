import { z } from 'zod';
import { PublicBrochureSummary } from './brochures';
import { pageQuery, pageSchema } from './paging';

// 校招答疑 (campus issue item 7; seed 002): students ask a company from its brochure, job, fair,
// presentation or campus page; the company answers once (the student is notified of that answer,
// so it is not edited afterwards) and publishes FAQs (新增) every student sees.
//
// Routes (errors are ErrorBody):
//   POST /api/seeker/campus/questions CampusQuestionInput → SeekerCampusQuestion (at most 20 a day)
//   GET  /api/seeker/campus/questions?page=               → SeekerCampusQuestionPage (我的提问)
//   GET  /api/employer/campus-questions?tab=&page=        → EmployerCampusQuestionPage (with counts)
//   POST /api/employer/campus-questions/:id/answer CampusAnswerInput → EmployerCampusQuestion
//   GET/POST /api/employer/campus-faqs, PUT/DELETE /api/employer/campus-faqs/:id (CampusFaqInput)
//   GET  /api/public/companies/:companyId/campus           → PublicCompanyCampus

export const CAMPUS_QUESTION_CONTEXT_KINDS = [
  'company',
  'brochure',
  'job',
  'job_fair',
  'presentation',
] as const;
export type CampusQuestionContextKind = (typeof CAMPUS_QUESTION_CONTEXT_KINDS)[number];
export const CAMPUS_QUESTION_CONTEXT_LABELS: Record<CampusQuestionContextKind, string> = {
  company: '单位主页',
  brochure: '招聘简章',
  job: '职位',
  job_fair: '双选会',
  presentation: '宣讲会',
};

export const CAMPUS_QA_LIMITS = {
  questionMin: 5,
  questionMax: 300,
  answerMin: 2,
  answerMax: 1000,
  /** Questions one student may ask a day (Shanghai time). */
  questionsPerDay: 20,
  faqsMax: 50,
  faqQuestionMax: 100,
  faqAnswerMax: 2000,
} as const;

const { questionMin, questionMax, answerMin, answerMax, faqQuestionMax, faqAnswerMax } = CAMPUS_QA_LIMITS;

export const CampusQuestionInput = z
  .object({
    companyId: z.uuid('单位ID格式不正确'),
    /** Where the student asked; `contextId` is the brochure publication, job, fair or presentation. */
    contextKind: z.enum(CAMPUS_QUESTION_CONTEXT_KINDS, '提问位置不正确'),
    contextId: z.uuid('提问位置ID格式不正确').optional(),
    question: z
      .string()
      .trim()
      .min(questionMin, `问题为${questionMin}-${questionMax}个字`)
      .max(questionMax, `问题为${questionMin}-${questionMax}个字`),
  })
  .superRefine((value, ctx) => {
    if ((value.contextKind === 'company') !== (value.contextId === undefined))
      ctx.addIssue({ code: 'custom', path: ['contextId'], message: '提问位置不正确' });
  });
export type CampusQuestionInput = z.input<typeof CampusQuestionInput>;

const QuestionContext = z.object({
  kind: z.enum(CAMPUS_QUESTION_CONTEXT_KINDS),
  id: z.string().nullable(),
  /** 单位主页, 招聘简章：…, 职位：…, as shown. */
  label: z.string(),
});

export const SeekerCampusQuestion = z.object({
  id: z.string(),
  company: z.object({ id: z.string(), name: z.string() }),
  context: QuestionContext,
  question: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  createdAt: z.string(),
});
export type SeekerCampusQuestion = z.infer<typeof SeekerCampusQuestion>;
export const SeekerCampusQuestionPage = pageSchema(SeekerCampusQuestion);
export type SeekerCampusQuestionPage = z.infer<typeof SeekerCampusQuestionPage>;
export const SeekerCampusQuestionQuery = pageQuery({ defaultSize: 20, maxSize: 50 });

export const EmployerCampusQuestion = z.object({
  id: z.string(),
  /** The student's name, masked (王**). */
  studentName: z.string(),
  context: QuestionContext,
  question: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answeredBy: z.string().nullable(),
  createdAt: z.string(),
});
export type EmployerCampusQuestion = z.infer<typeof EmployerCampusQuestion>;

export const CAMPUS_QUESTION_TABS = ['unanswered', 'answered'] as const;
export type CampusQuestionTab = (typeof CAMPUS_QUESTION_TABS)[number];
export const EmployerCampusQuestionQuery = pageQuery({ defaultSize: 20, maxSize: 50 }).extend({
  tab: z.enum(CAMPUS_QUESTION_TABS, '标签不正确').default('unanswered'),
});
export type EmployerCampusQuestionQuery = z.input<typeof EmployerCampusQuestionQuery>;
export const EmployerCampusQuestionPage = pageSchema(EmployerCampusQuestion).extend({
  counts: z.object({ unanswered: z.number().int(), answered: z.number().int() }),
});
export type EmployerCampusQuestionPage = z.infer<typeof EmployerCampusQuestionPage>;

export const CampusAnswerInput = z.object({
  answer: z
    .string()
    .trim()
    .min(answerMin, `回复为${answerMin}-${answerMax}个字`)
    .max(answerMax, `回复为${answerMin}-${answerMax}个字`),
});
export type CampusAnswerInput = z.input<typeof CampusAnswerInput>;

export const CampusFaqInput = z.object({
  question: z
    .string()
    .trim()
    .min(2, `问题为2-${faqQuestionMax}个字`)
    .max(faqQuestionMax, `问题为2-${faqQuestionMax}个字`),
  answer: z
    .string()
    .trim()
    .min(2, `说明为2-${faqAnswerMax}个字`)
    .max(faqAnswerMax, `说明为2-${faqAnswerMax}个字`),
});
export type CampusFaqInput = z.input<typeof CampusFaqInput>;

export const CampusFaq = z.object({
  id: z.string(),
  question: z.string(),
  answer: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CampusFaq = z.infer<typeof CampusFaq>;
export const CampusFaqList = z.object({ items: z.array(CampusFaq) });
export type CampusFaqList = z.infer<typeof CampusFaqList>;

/** /m/campus/companies/:companyId: the company's campus page. */
export const PublicCompanyCampus = z.object({
  company: z.object({
    id: z.string(),
    name: z.string(),
    logoUrl: z.string().nullable(),
    introduction: z.string(),
  }),
  faqs: z.array(CampusFaq),
  /** Its approved brochures, newest approval first (at most 20). */
  brochures: z.array(PublicBrochureSummary),
});
export type PublicCompanyCampus = z.infer<typeof PublicCompanyCampus>;
