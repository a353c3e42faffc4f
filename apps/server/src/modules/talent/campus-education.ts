import type { ResumeEducationEntry } from './map-talent';
import { newestEducations } from './map-talent';

// Who counts as a platform university's student, in one place: 高校人才 (the talent centre) and
// the students' 校园 (modules/campus-students) both read a resume's educations with these rules.

export interface PlatformUniversity {
  id: string;
  name: string;
}

/** An education not ended by `month` ('YYYY-MM'): 在读 (no end) or ending this month or later. */
export function isCurrentEducation(
  education: Pick<ResumeEducationEntry, 'endMonth'>,
  month: string,
): boolean {
  return education.endMonth === null || education.endMonth >= month;
}

/**
 * The education that ties the seeker to the platform's universities: the newest at a platform
 * university (its school is the university's name), else undefined.
 */
export function platformEducation(
  educations: ResumeEducationEntry[],
  universities: ReadonlyMap<string, PlatformUniversity>,
): ResumeEducationEntry | undefined {
  return newestEducations(educations).find((e) => universities.has(e.school));
}

/**
 * A student (校园): a seeker whose resume has a current education at a platform university. Their
 * university is that education's (the newest one when there are two).
 */
export function studentUniversityOf(
  educations: ResumeEducationEntry[],
  universities: readonly PlatformUniversity[],
  today: string,
): PlatformUniversity | null {
  const byName = new Map(universities.map((u) => [u.name, u]));
  const month = today.slice(0, 7);
  const current = educations.filter((e) => isCurrentEducation(e, month));
  const education = platformEducation(current, byName);
  return education ? byName.get(education.school)! : null;
}
