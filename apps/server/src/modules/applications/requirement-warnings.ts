import { EDUCATION_LEVELS, type EducationCode, labelOf, meetsEducation } from '@openrecruit/shared';
import { ageOn } from '../../lib/shanghai-time';

export interface ApplicantFacts {
  birthDate: string;
  education: EducationCode;
}

export interface JobRequirements {
  ageMin: number;
  ageMax: number;
  education: EducationCode | null;
}

/**
 * What the seeker is told before applying to a job whose age or education requirement they do not
 * meet (issue 3: warn, then let them apply anyway). Empty when every requirement is met.
 */
export function jobRequirementWarnings(
  applicant: ApplicantFacts,
  job: JobRequirements,
  today: string,
): string[] {
  const warnings: string[] = [];
  const age = ageOn(applicant.birthDate, today);
  if (age < job.ageMin || age > job.ageMax) {
    warnings.push(`该岗位要求年龄${job.ageMin}至${job.ageMax}周岁，您目前${age}周岁。`);
  }
  if (!meetsEducation(applicant.education, job.education)) {
    const required = labelOf(EDUCATION_LEVELS, job.education) ?? '';
    // '硕士研究生及以上学历' already says 及以上.
    const atLeast = required.includes('以上') ? required : `${required}及以上学历`;
    warnings.push(`该岗位要求${atLeast}，您的学历为${labelOf(EDUCATION_LEVELS, applicant.education)}。`);
  }
  return warnings;
}
