import {
  EDUCATION_LEVELS,
  type EducationCode,
  JobIntention,
  labelOf,
  ResumeEducation,
  ResumeExperience,
  surnameOf,
  type TalentProfile,
  WORK_AREAS,
} from '@openrecruit/shared';
import { z } from 'zod';
import type { PiiCipher } from '../../lib/pii-cipher';
import { ageOn } from '../../lib/shanghai-time';
import type { TalentRow } from './talent.repository';
import type { MatchCandidate } from './talent-match';

// The resume's lists are JSON written through the shared schemas; an entry an older version wrote
// differently drops its list rather than failing the page.
const StoredResume = z.object({
  educations: z.array(ResumeEducation).catch([]),
  experiences: z.array(ResumeExperience).catch([]),
  skills: z.array(z.string()).catch([]),
  jobIntention: JobIntention.nullable().catch(null),
});
export type StoredResume = z.infer<typeof StoredResume>;
export type ResumeEducationEntry = StoredResume['educations'][number];

export function parseResume(row: Pick<TalentRow, 'educations' | 'experiences' | 'skills' | 'jobIntention'>) {
  return StoredResume.parse(row);
}

/** 陈先生 / 陈女士: how the console names a seeker whose resume it has not downloaded. */
export function politeName(name: string, sex: 'M' | 'F'): string {
  return `${surnameOf(name)}${sex === 'M' ? '先生' : '女士'}`;
}

/** Education entries newest first ('在读', no end, counts as the newest). */
export function newestEducations(educations: ResumeEducationEntry[]): ResumeEducationEntry[] {
  return [...educations].sort((a, b) => (b.endMonth ?? '9999-12').localeCompare(a.endMonth ?? '9999-12'));
}

/** The seeker's level: the profile's 学历, else the highest in the resume. */
function educationOf(row: TalentRow, resume: StoredResume): EducationCode | null {
  if (row.education) return row.education as EducationCode;
  const ranks = resume.educations
    .map((e) => EDUCATION_LEVELS.find((level) => level.code === e.education))
    .filter((level) => level !== undefined)
    .sort((a, b) => b.rank - a.rank);
  return ranks[0]?.code ?? null;
}

export function toMatchCandidate(row: TalentRow, resume: StoredResume, today: string): MatchCandidate {
  const intention = resume.jobIntention;
  return {
    age: ageOn(row.birthDate, today),
    education: educationOf(row, resume),
    occupations: intention?.occupations ?? [],
    workAreas: intention?.workAreas ?? [],
    salaryMin: intention?.salaryMin ?? null,
    salaryMax: intention?.salaryMax ?? null,
    experienceTitles: resume.experiences.map((e) => e.title),
    skills: resume.skills,
  };
}

export interface MapTalentOptions {
  /** Asia/Shanghai date the age is counted on. */
  today: string;
  cipher: PiiCipher;
  /** The company downloaded the resume: the name and mobile are shown. */
  reveal: boolean;
}

/**
 * What the console shows of a seeker. The name and mobile only once the company downloaded the
 * resume (`reveal`: the caller decrypts, and audits, only then); the ID number never.
 */
export function mapTalent(row: TalentRow, options: MapTalentOptions): TalentProfile {
  const resume = parseResume(row);
  const intention = resume.jobIntention;
  const latestEducation = newestEducations(resume.educations)[0];
  const latestExperience = [...resume.experiences].sort((a, b) =>
    (b.endMonth ?? '9999-12').localeCompare(a.endMonth ?? '9999-12'),
  )[0];
  const education = educationOf(row, resume);
  const revealed = options.reveal && row.downloaded;
  return {
    seekerAccountId: row.accountId,
    displayName: revealed ? row.name : politeName(row.name, row.sex),
    sex: row.sex,
    age: ageOn(row.birthDate, options.today),
    educationLabel: labelOf(EDUCATION_LEVELS, education) ?? null,
    mobileMasked: row.mobileMasked,
    intention: intention
      ? {
          occupations: intention.occupations,
          workAreaLabels: intention.workAreas.map((code) => labelOf(WORK_AREAS, code) ?? code),
          salaryMin: intention.salaryMin,
          salaryMax: intention.salaryMax,
        }
      : null,
    latestEducation: latestEducation
      ? {
          school: latestEducation.school,
          major: latestEducation.major,
          educationLabel: labelOf(EDUCATION_LEVELS, latestEducation.education) ?? null,
          endMonth: latestEducation.endMonth,
        }
      : null,
    latestExperience: latestExperience
      ? { company: latestExperience.company, title: latestExperience.title }
      : null,
    skills: resume.skills,
    selfIntroduction: row.selfIntroduction,
    downloaded: row.downloaded,
    contact: revealed ? { name: row.name, mobile: options.cipher.decrypt(row.mobileEnc) } : null,
  };
}
