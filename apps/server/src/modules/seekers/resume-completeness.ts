import type { UpdateResumeInput } from '@openrecruit/shared';
import type { z } from 'zod';

type ResumeSections = z.output<typeof UpdateResumeInput>;

/**
 * How complete a resume is, out of 100. Basic information comes from the authority (seed 000 §二)
 * and is always there, so it counts 20; the sections the seeker fills in count by how much an
 * employer relies on them. `label` is what the resume page asks the seeker to add.
 */
export const RESUME_SECTION_WEIGHTS: ReadonlyArray<{
  label: string;
  weight: number;
  filled: (resume: ResumeSections) => boolean;
}> = [
  { label: '教育经历', weight: 20, filled: (r) => r.educations.length > 0 },
  { label: '工作经历', weight: 20, filled: (r) => r.experiences.length > 0 },
  { label: '求职意向', weight: 15, filled: (r) => r.jobIntention !== null },
  { label: '专业技能', weight: 10, filled: (r) => r.skills.length > 0 },
  { label: '自我介绍', weight: 10, filled: (r) => r.selfIntroduction.trim() !== '' },
  { label: '证书', weight: 5, filled: (r) => r.certificates.length > 0 },
];
export const BASIC_INFORMATION_WEIGHT = 20;

export function computeResumeCompleteness(resume: ResumeSections) {
  let completeness = BASIC_INFORMATION_WEIGHT;
  const missing: string[] = [];
  for (const section of RESUME_SECTION_WEIGHTS) {
    if (section.filled(resume)) completeness += section.weight;
    else missing.push(section.label);
  }
  return { completeness, missing };
}
