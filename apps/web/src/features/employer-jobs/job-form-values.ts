import { type EmployerJobDetail, EmployerJobInput } from '@openrecruit/shared';

// The 新增/编辑 form's values and the contract's input: the form keeps 不限 as '' (a Select
// cannot hold null) and blanks as undefined; the contract wants null.

export type JobFormValues = Omit<EmployerJobInput, 'education' | 'probationSalary'> & {
  education: string;
  probationSalary?: number | null;
};

export const JOB_FORM_FIELDS = [
  'title',
  'occupation',
  'salaryMin',
  'salaryMax',
  'headcount',
  'education',
  'ageMin',
  'ageMax',
  'workNature',
  'workArea',
  'address',
  'description',
  'skills',
  'probationMonths',
  'probationSalary',
  'contactName',
  'contactPhone',
  'isCampus',
  'targetUniversityIds',
] as const;
export type JobFormField = (typeof JOB_FORM_FIELDS)[number];

export function toJobInput(values: Partial<JobFormValues>): EmployerJobInput {
  const months = values.probationMonths ?? 0;
  return {
    ...(values as JobFormValues),
    education: (values.education || null) as EmployerJobInput['education'],
    probationMonths: months,
    probationSalary: months > 0 ? (values.probationSalary ?? null) : null,
    isCampus: values.isCampus ?? false,
    targetUniversityIds: values.isCampus ? (values.targetUniversityIds ?? []) : [],
  };
}

export function toFormValues(job: EmployerJobDetail): JobFormValues {
  return {
    title: job.title,
    occupation: job.occupation,
    salaryMin: job.salaryMin,
    salaryMax: job.salaryMax,
    headcount: job.headcount,
    education: job.education ?? '',
    ageMin: job.ageMin,
    ageMax: job.ageMax,
    workNature: job.workNature,
    workArea: job.workArea,
    address: job.address,
    description: job.description,
    skills: job.skills,
    probationMonths: job.probationMonths,
    probationSalary: job.probationSalary,
    contactName: job.contactName,
    contactPhone: job.contactPhone,
    isCampus: job.isCampus,
    targetUniversityIds: job.targetUniversities.map((u) => u.id),
  };
}

export const NEW_JOB_DEFAULTS: Partial<JobFormValues> = {
  education: '',
  ageMin: 16,
  ageMax: 65,
  workNature: '01',
  headcount: 1,
  probationMonths: 0,
  isCampus: false,
  targetUniversityIds: [],
};

/**
 * A form rule from the shared contract (the server's own rules): the field's own check, then the
 * cross-field ones (月薪上限 ≥ 下限, 试用期薪资, 校招高校), which zod runs once the rest is valid.
 */
export function jobFieldRule(field: JobFormField) {
  return (form: { getFieldsValue(all: true): Partial<JobFormValues> }) => ({
    validator: async () => {
      const parsed = EmployerJobInput.safeParse(toJobInput(form.getFieldsValue(true)));
      if (parsed.success) return;
      const issue = parsed.error.issues.find((candidate) => candidate.path[0] === field);
      if (issue) throw new Error(issue.message);
    },
  });
}
