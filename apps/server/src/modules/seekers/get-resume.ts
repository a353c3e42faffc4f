import type { Resume, SeekerProfile } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { getSeekerProfile } from './get-seeker-profile';
import { computeResumeCompleteness } from './resume-completeness';
import { findResume, type ResumeRow } from './seekers.repository';

export interface GetResumeOptions {
  accountId: string;
}

type ResumeSections = Omit<Resume, 'basic' | 'completeness' | 'missing' | 'updatedAt'>;

/** A seeker who never saved a resume has an empty one. */
const EMPTY_RESUME: ResumeSections = {
  educations: [],
  experiences: [],
  skills: [],
  certificates: [],
  jobIntention: null,
  selfIntroduction: '',
  allowRecommendation: false,
};

/** The JSON columns were validated by the shared schema on the way in (update-resume.ts). */
function sectionsOf(row: ResumeRow): ResumeSections {
  return {
    educations: row.educations as ResumeSections['educations'],
    experiences: row.experiences as ResumeSections['experiences'],
    skills: row.skills,
    certificates: row.certificates as ResumeSections['certificates'],
    jobIntention: row.jobIntention as ResumeSections['jobIntention'],
    selfIntroduction: row.selfIntroduction,
    allowRecommendation: row.allowRecommendation,
  };
}

export function mapResume(basic: SeekerProfile, row: ResumeRow | undefined): Resume {
  const sections = row ? sectionsOf(row) : EMPTY_RESUME;
  return {
    basic,
    ...sections,
    ...computeResumeCompleteness(sections),
    updatedAt: row ? row.updatedAt.toISOString() : null,
  };
}

/** Seed 000 §二.1 我的简历: basic information (read-only) and the sections the seeker edits. */
export async function getResume(ctx: AppContext, options: GetResumeOptions): Promise<Resume> {
  const basic = await getSeekerProfile(ctx, options);
  return mapResume(basic, await findResume(ctx.db, options.accountId));
}
