import type { PublicUniversity } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { requireFound } from '../../plugins/access';
import { mapEnteredCompany, mapUniversityFields, UNIVERSITY_NOT_FOUND } from './map-university';
import {
  findApprovedBrochures,
  findEnteredCompanies,
  findUniversity,
  findUpcomingFairs,
  findUpcomingPresentations,
} from './universities.repository';

/** The page shows at most this many 已入驻单位, newest first. */
const ENTERED_COMPANIES_SHOWN = 50;
/** And this many upcoming 宣讲会, 双选会 and 招聘简章 each (the 校园 tab lists them all). */
const CAMPUS_ITEMS_SHOWN = 5;

export interface GetPublicUniversityOptions {
  universityId: string;
}

/**
 * The university's public page (seeker app): profile, campuses, contact, 已入驻单位, and its upcoming
 * approved 宣讲会, upcoming 双选会 and approved 招聘简章.
 */
export async function getPublicUniversity(
  ctx: AppContext,
  options: GetPublicUniversityOptions,
): Promise<PublicUniversity> {
  const row = requireFound(await findUniversity(ctx.db, options.universityId), UNIVERSITY_NOT_FOUND);
  const entered = await findEnteredCompanies(ctx.db, row.id, ENTERED_COMPANIES_SHOWN);
  const now = new Date();
  const presentations = await findUpcomingPresentations(ctx.db, row.id, now, CAMPUS_ITEMS_SHOWN);
  const fairs = await findUpcomingFairs(ctx.db, row.id, now, CAMPUS_ITEMS_SHOWN);
  const brochures = await findApprovedBrochures(ctx.db, row.id, CAMPUS_ITEMS_SHOWN);
  return {
    ...mapUniversityFields(row),
    enteredCompanies: entered.map(mapEnteredCompany),
    campus: {
      presentations: presentations.map((p) => ({
        id: p.id,
        title: p.title,
        companyName: p.companyName,
        startsAt: p.startsAt!.toISOString(),
        room: p.venueName ? (p.venueCampus ? `${p.venueName}（${p.venueCampus}）` : p.venueName) : '待定',
      })),
      jobFairs: fairs.map((f) => ({
        id: f.id,
        title: f.title,
        startsAt: f.startsAt.toISOString(),
        location: f.location,
      })),
      brochures: brochures.map((b) => ({
        publicationId: b.publicationId,
        title: b.title,
        companyName: b.companyName,
        approvedAt: (b.approvedAt ?? b.createdAt).toISOString(),
      })),
    },
  };
}
