import { live, type VenueBooking, type VenueBookingInput } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import type { UniversityStaff } from '../../plugins/access';
import { bookVenue } from './book-venue';
import { findBookingRow } from './campus-venues.repository';
import { mapVenueBooking } from './map-venue';

export interface CreateVenueBookingOptions {
  staff: UniversityStaff;
  input: z.output<typeof VenueBookingInput>;
}

/** 新增占用 (场地维护, a school event): a manual booking ('other'); a taken slot is 409. */
export async function createVenueBooking(
  ctx: AppContext,
  options: CreateVenueBookingOptions,
): Promise<VenueBooking> {
  const { staff, input } = options;
  // Read back in the transaction: a 删除 right after the commit must not make this answer fail.
  const { booking, row } = await ctx.db.transaction(async (tx) => {
    const { booking } = await bookVenue(tx, {
      universityId: staff.universityId,
      venueId: input.venueId,
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
      sourceKind: 'other',
      sourceId: null,
      title: input.title,
      createdBy: staff.accountId,
    });
    return { booking, row: (await findBookingRow(tx, staff.universityId, booking.id))! };
  });
  await publishAfterCommit(
    ctx,
    live.university(staff.universityId, {
      type: 'venue-bookings.changed',
      data: { venueId: booking.venueId },
    }),
  );
  return mapVenueBooking(row);
}
