import {
  APPLICATION_SOURCES,
  EDUCATION_LEVELS,
  EMPLOYER_STATE_LABELS,
  type EmployerApplicationDetail,
  type EmployerApplicationSummary,
  JobIntention,
  labelOf,
  RESUME_TABS,
  ResumeCertificate,
  ResumeEducation,
  ResumeExperience,
} from '@openrecruit/shared';
import { z } from 'zod';
import type { resumes } from '../../db/schema';
import { ageOn, shanghaiDate } from '../../lib/shanghai-time';
import type { SummaryRow } from './employer-applications.repository';

export function mapCompanyApplication(row: SummaryRow, today = shanghaiDate()): EmployerApplicationSummary {
  const { application, job, seeker } = row;
  return {
    id: application.id,
    job,
    seeker: {
      name: seeker.name,
      sex: seeker.sex,
      age: ageOn(seeker.birthDate, today),
      education: seeker.education,
      educationLabel: labelOf(EDUCATION_LEVELS, seeker.education) ?? null,
      mobileMasked: seeker.mobileMasked,
    },
    state: application.state,
    stateLabel: EMPLOYER_STATE_LABELS[application.state],
    source: application.source,
    sourceLabel: labelOf(APPLICATION_SOURCES, application.source) ?? application.source,
    mark: application.mark,
    markLabel: labelOf(RESUME_TABS, application.mark ?? 'unprocessed') ?? '未处理',
    withdrawn: application.withdrawnAt !== null,
    appliedAt: application.createdAt.toISOString(),
    lastChangedAt: application.lastChangedAt.toISOString(),
    viewed: application.viewedAt !== null,
    unreadMessages: application.employerUnread,
  };
}

// The resume's lists are JSON written through the shared schemas; an entry an older version wrote
// differently drops its list rather than failing the whole page.
const StoredResume = z.object({
  educations: z.array(ResumeEducation).catch([]),
  experiences: z.array(ResumeExperience).catch([]),
  skills: z.array(z.string()).catch([]),
  certificates: z.array(ResumeCertificate).catch([]),
  jobIntention: JobIntention.nullable().catch(null),
  selfIntroduction: z.string(),
});

export function mapStoredResume(
  row: typeof resumes.$inferSelect,
): NonNullable<EmployerApplicationDetail['resume']> {
  return { ...StoredResume.parse(row), updatedAt: row.updatedAt.toISOString() };
}
