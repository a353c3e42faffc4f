import type { Venue } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { requireFound, type UniversityStaff } from '../../plugins/access';
import { retireVenue as retireVenueRow } from './campus-venues.repository';
import { mapVenue } from './map-venue';

export interface RetireVenueOptions {
  staff: UniversityStaff;
  venueId: string;
}

/**
 * 停用: the room keeps its bookings (past and arranged ones stand) and takes no new ones. A room is
 * never deleted: bookings and presentations point at it.
 */
export async function retireVenue(ctx: AppContext, options: RetireVenueOptions): Promise<Venue> {
  const row = requireFound(
    await retireVenueRow(ctx.db, options.staff.universityId, options.venueId),
    '场地不存在',
  );
  return mapVenue(row);
}
