import type { VenueList } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { UniversityStaff } from '../../plugins/access';
import { findVenueRows } from './campus-venues.repository';
import { mapVenue } from './map-venue';

export interface FindVenuesOptions {
  staff: UniversityStaff;
}

/** 场地管理: the university's rooms, those in use first, retired ones last. */
export async function findVenues(ctx: AppContext, options: FindVenuesOptions): Promise<VenueList> {
  const rows = await findVenueRows(ctx.db, options.staff.universityId);
  return { items: rows.map(mapVenue) };
}
