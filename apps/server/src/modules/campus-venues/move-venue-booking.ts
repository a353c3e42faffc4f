import { live, type MoveVenueBookingInput, type VenueBooking } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { requireFound, type UniversityStaff } from '../../plugins/access';
import { notifyPresentationMoved } from '../presentations/presentation-notices';
import { reschedulePresentation } from '../presentations/reschedule-presentation';
import { requireBookableVenue, requireFutureStart } from './book-venue';
import { findBookingRow, lockVenueBooking, moveVenueBookingRow } from './campus-venues.repository';
import { mapVenueBooking } from './map-venue';

export interface MoveVenueBookingOptions {
  staff: UniversityStaff;
  bookingId: string;
  input: z.output<typeof MoveVenueBookingInput>;
  now?: Date;
}

/**
 * 调整 (drag a booking to another free slot, and/or another room): the exclusion constraint decides
 * whether the slot is free (VENUE_DOUBLE_BOOKED, nothing changes). A presentation's booking moves
 * the presentation too (room, time, capacity, the company's to-do) and the company is told. A
 * fair's booking moves in 双选会管理, a past one not at all.
 */
export async function moveVenueBooking(
  ctx: AppContext,
  options: MoveVenueBookingOptions,
): Promise<VenueBooking> {
  const { staff, input } = options;
  const now = options.now ?? new Date();
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  const { booking, from, row } = await ctx.db.transaction(async (tx) => {
    const booking = requireFound(
      await lockVenueBooking(tx, staff.universityId, options.bookingId),
      '占用不存在',
    );
    if (booking.sourceKind === 'job_fair')
      throw new AppError('INVALID_STATE', '双选会的场地和时间请在双选会管理中调整');
    if (booking.startsAt <= now) throw new AppError('INVALID_STATE', '已开始或已结束的占用不能调整');
    requireFutureStart(startsAt, now);
    const venue = await requireBookableVenue(tx, staff.universityId, input.venueId);
    const moved = await moveVenueBookingRow(tx, booking.id, { venueId: venue.id, startsAt, endsAt });
    if (booking.sourceKind === 'presentation' && booking.sourceId)
      await reschedulePresentation(tx, {
        presentationId: booking.sourceId,
        universityId: staff.universityId,
        venue,
        startsAt,
        endsAt,
      });
    // Read back in the transaction: a 取消 committing right after this one deletes the booking.
    return { booking: moved, from: booking, row: (await findBookingRow(tx, staff.universityId, moved.id))! };
  });
  await publishAfterCommit(
    ctx,
    ...[...new Set([from.venueId, booking.venueId])].map((venueId) =>
      live.university(staff.universityId, { type: 'venue-bookings.changed', data: { venueId } }),
    ),
  );
  if (booking.sourceKind === 'presentation' && booking.sourceId)
    await notifyPresentationMoved(ctx, booking.sourceId);
  return mapVenueBooking(row, now);
}
