import type { VenueBookingList, VenueBookingQuery } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { UniversityStaff } from '../../plugins/access';
import { findBookingRows } from './campus-venues.repository';
import { mapVenueBooking } from './map-venue';

export interface FindVenueBookingsOptions {
  staff: UniversityStaff;
  query: z.output<typeof VenueBookingQuery>;
}

/** 场地日历: every booking of the university's rooms overlapping the week or month shown, whatever its source. */
export async function findVenueBookings(
  ctx: AppContext,
  options: FindVenueBookingsOptions,
): Promise<VenueBookingList> {
  const { query } = options;
  const rows = await findBookingRows(ctx.db, {
    universityId: options.staff.universityId,
    from: new Date(query.from),
    to: new Date(query.to),
    ...(query.venueId ? { venueId: query.venueId } : {}),
  });
  const now = new Date();
  return { items: rows.map((row) => mapVenueBooking(row, now)) };
}
