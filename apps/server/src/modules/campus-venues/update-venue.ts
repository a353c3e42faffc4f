import type { Venue, VenueInput } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { requireFound, type UniversityStaff } from '../../plugins/access';
import { findVenue, updateVenue as updateVenueRow } from './campus-venues.repository';
import { mapVenue } from './map-venue';
import { checkVenueCampus, venueNameConflict } from './venue-rules';

export interface UpdateVenueOptions {
  staff: UniversityStaff;
  venueId: string;
  input: z.output<typeof VenueInput>;
}

/**
 * 编辑场地. A smaller capacity does not touch presentations already arranged there: their capacity
 * was fixed when they were approved (students signed up against it).
 */
export async function updateVenue(ctx: AppContext, options: UpdateVenueOptions): Promise<Venue> {
  const { staff, input } = options;
  try {
    const row = await ctx.db.transaction(async (tx) => {
      requireFound(await findVenue(tx, staff.universityId, options.venueId), '场地不存在');
      await checkVenueCampus(tx, staff.universityId, input.campus);
      return requireFound(await updateVenueRow(tx, staff.universityId, options.venueId, input), '场地不存在');
    });
    return mapVenue(row);
  } catch (error) {
    throw venueNameConflict(error);
  }
}
