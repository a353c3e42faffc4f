import type { PublicUniversity } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { requireFound } from '../../plugins/access';
import { mapEnteredCompany, mapUniversityFields, UNIVERSITY_NOT_FOUND } from './map-university';
import { findEnteredCompanies, findUniversity } from './universities.repository';

/** The page shows at most this many 已入驻单位, newest first. */
const ENTERED_COMPANIES_SHOWN = 50;

export interface GetPublicUniversityOptions {
  universityId: string;
}

/** The university's public page (seeker app): profile, campuses, contact and 已入驻单位. */
export async function getPublicUniversity(
  ctx: AppContext,
  options: GetPublicUniversityOptions,
): Promise<PublicUniversity> {
  const row = requireFound(await findUniversity(ctx.db, options.universityId), UNIVERSITY_NOT_FOUND);
  const entered = await findEnteredCompanies(ctx.db, row.id, ENTERED_COMPANIES_SHOWN);
  return { ...mapUniversityFields(row), enteredCompanies: entered.map(mapEnteredCompany) };
}
