import type { UniversityProfile } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { requireFound, type UniversityStaff } from '../../plugins/access';
import { mapUniversityProfile, UNIVERSITY_NOT_FOUND } from './map-university';
import { findUniversity } from './universities.repository';

/** 高校信息: every staff member of the university reads it. */
export async function getUniversityProfile(
  ctx: AppContext,
  staff: UniversityStaff,
): Promise<UniversityProfile> {
  const row = requireFound(await findUniversity(ctx.db, staff.universityId), UNIVERSITY_NOT_FOUND);
  return mapUniversityProfile(row, staff.isAdmin);
}
