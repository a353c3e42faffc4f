import type { Venue, VenueBooking } from '@openrecruit/shared';
import type { BookingListRow, VenueRow } from './campus-venues.repository';

// Rows → 场地 and 场地日历 items; never a row to the client.

export function mapVenue(row: VenueRow): Venue {
  return {
    id: row.id,
    name: row.name,
    campus: row.campus,
    capacity: row.capacity,
    equipment: row.equipment,
    retired: row.retiredAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function mapVenueBooking(row: BookingListRow, now = new Date()): VenueBooking {
  const { booking } = row;
  const title =
    booking.sourceKind === 'presentation'
      ? (row.presentation?.title ?? booking.title)
      : booking.sourceKind === 'job_fair'
        ? (row.fairTitle ?? booking.title)
        : booking.title;
  return {
    id: booking.id,
    venue: row.venue,
    startsAt: booking.startsAt.toISOString(),
    endsAt: booking.endsAt.toISOString(),
    sourceKind: booking.sourceKind,
    sourceId: booking.sourceId,
    title,
    companyName: booking.sourceKind === 'presentation' ? (row.companyName ?? null) : null,
    signupCount: booking.sourceKind === 'presentation' ? (row.presentation?.signupCount ?? 0) : null,
    canMove: booking.sourceKind !== 'job_fair' && booking.startsAt > now,
    canDelete: booking.sourceKind === 'other',
  };
}
