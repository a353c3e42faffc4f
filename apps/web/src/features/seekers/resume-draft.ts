import { type Resume, UpdateResumeInput } from '@openrecruit/shared';

// The PC editor keeps the resume as form-friendly strings (an empty end month is 至今, an empty
// salary is 面议) and turns it into the API's UpdateResumeInput, validated by the shared schema.

export type EducationDraft = {
  key: string;
  school: string;
  major: string;
  education: string;
  startMonth: string;
  endMonth: string;
};
export type ExperienceDraft = {
  key: string;
  company: string;
  title: string;
  startMonth: string;
  endMonth: string;
  description: string;
};
export type CertificateDraft = { key: string; name: string; issuedMonth: string };

export type ResumeDraft = {
  educations: EducationDraft[];
  experiences: ExperienceDraft[];
  skills: string[];
  certificates: CertificateDraft[];
  occupations: string[];
  workAreas: string[];
  workNature: string;
  salaryMin: string;
  salaryMax: string;
  selfIntroduction: string;
  allowRecommendation: boolean;
};

/** Field errors keyed by the schema path, e.g. `educations.0.school`, `jobIntention.salaryMax`. */
export type DraftErrors = Record<string, string>;

let counter = 0;
/** React keys for rows that have no id of their own. */
export function rowKey(): string {
  counter += 1;
  return `row-${counter}`;
}

export function draftFromResume(resume: Resume): ResumeDraft {
  const intention = resume.jobIntention;
  return {
    educations: resume.educations.map((item) => ({
      key: rowKey(),
      school: item.school,
      major: item.major ?? '',
      education: item.education,
      startMonth: item.startMonth,
      endMonth: item.endMonth ?? '',
    })),
    experiences: resume.experiences.map((item) => ({
      key: rowKey(),
      company: item.company,
      title: item.title,
      startMonth: item.startMonth,
      endMonth: item.endMonth ?? '',
      description: item.description ?? '',
    })),
    skills: [...resume.skills],
    certificates: resume.certificates.map((item) => ({
      key: rowKey(),
      name: item.name,
      issuedMonth: item.issuedMonth ?? '',
    })),
    occupations: intention ? [...intention.occupations] : [],
    workAreas: intention ? [...(intention.workAreas ?? [])] : [],
    workNature: intention?.workNature ?? '',
    salaryMin: intention?.salaryMin == null ? '' : String(intention.salaryMin),
    salaryMax: intention?.salaryMax == null ? '' : String(intention.salaryMax),
    selfIntroduction: resume.selfIntroduction,
    allowRecommendation: resume.allowRecommendation,
  };
}

const salary = (text: string): number | null => (text.trim() === '' ? null : Number(text));

/** The request body. An intention with nothing filled in is no intention (null). */
export function inputFromDraft(draft: ResumeDraft): UpdateResumeInput {
  const noIntention =
    draft.occupations.length === 0 &&
    draft.workAreas.length === 0 &&
    draft.workNature === '' &&
    draft.salaryMin.trim() === '' &&
    draft.salaryMax.trim() === '';
  return {
    educations: draft.educations.map((item) => ({
      school: item.school,
      major: item.major,
      education: item.education as UpdateResumeInput['educations'][number]['education'],
      startMonth: item.startMonth,
      endMonth: item.endMonth || null,
    })),
    experiences: draft.experiences.map((item) => ({
      company: item.company,
      title: item.title,
      startMonth: item.startMonth,
      endMonth: item.endMonth || null,
      description: item.description,
    })),
    skills: draft.skills,
    certificates: draft.certificates.map((item) => ({
      name: item.name,
      issuedMonth: item.issuedMonth || null,
    })),
    jobIntention: noIntention
      ? null
      : {
          occupations: draft.occupations,
          workAreas: draft.workAreas as NonNullable<UpdateResumeInput['jobIntention']>['workAreas'],
          workNature: (draft.workNature || null) as NonNullable<
            UpdateResumeInput['jobIntention']
          >['workNature'],
          salaryMin: salary(draft.salaryMin),
          salaryMax: salary(draft.salaryMax),
        },
    selfIntroduction: draft.selfIntroduction,
    allowRecommendation: draft.allowRecommendation,
  };
}

/** Validates with the shared schema; the first message of each field. */
export function validateDraft(draft: ResumeDraft): { input: UpdateResumeInput; errors: DraftErrors } {
  const input = inputFromDraft(draft);
  const parsed = UpdateResumeInput.safeParse(input);
  const errors: DraftErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      errors[path] ??= friendlyMessage(path, issue.message);
    }
  }
  return { input, errors };
}

// zod's own wording for numbers is English ("Too small: expected number to be >=0"): say it in Chinese.
function friendlyMessage(path: string, message: string): string {
  if (/salary(Min|Max)$/.test(path) && /[a-z]/i.test(message)) return '请输入0至1000000之间的整数';
  if (/[a-z]{4,}/i.test(message)) return '填写的内容格式不正确';
  return message;
}
