import { ResumeEducation } from '@openrecruit/shared';
import { z } from 'zod';
import type { Executor } from '../../db/client';
import { shanghaiDate } from '../../lib/shanghai-time';
import { type PlatformUniversity, studentUniversityOf } from '../talent/campus-education';
import { findPlatformUniversities, findResumeEducations } from './campus-students.repository';

// An entry an older version wrote differently drops the list rather than failing (as the talent centre reads it).
const StoredEducations = z.array(ResumeEducation).catch([]);

/** The seeker's university when they are a student (a current education there), else null. */
export async function findStudentUniversity(
  db: Executor,
  seekerAccountId: string,
  now = new Date(),
): Promise<PlatformUniversity | null> {
  const stored = await findResumeEducations(db, seekerAccountId);
  if (!stored) return null;
  const educations = StoredEducations.parse(stored);
  if (educations.length === 0) return null;
  return studentUniversityOf(educations, await findPlatformUniversities(db), shanghaiDate(now));
}
