import type { Venue, VenueInput } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { UniversityStaff } from '../../plugins/access';
import { insertVenue } from './campus-venues.repository';
import { mapVenue } from './map-venue';
import { checkVenueCampus, venueNameConflict } from './venue-rules';

export interface CreateVenueOptions {
  staff: UniversityStaff;
  input: z.output<typeof VenueInput>;
}

/** 新增场地: any of the career centre's staff (they arrange the rooms day to day). */
export async function createVenue(ctx: AppContext, options: CreateVenueOptions): Promise<Venue> {
  const { staff, input } = options;
  try {
    const row = await ctx.db.transaction(async (tx) => {
      await checkVenueCampus(tx, staff.universityId, input.campus);
      return insertVenue(tx, { universityId: staff.universityId, ...input });
    });
    return mapVenue(row);
  } catch (error) {
    throw venueNameConflict(error);
  }
}
