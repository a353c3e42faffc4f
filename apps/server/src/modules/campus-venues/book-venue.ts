import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import {
  deleteVenueBookingOfSource,
  findVenueForBooking,
  insertVenueBooking,
  lockVenueBookingOfSource,
  type VenueBookingRow,
  type VenueRow,
} from './campus-venues.repository';

export interface BookVenueOptions {
  universityId: string;
  venueId: string;
  startsAt: Date;
  endsAt: Date;
  sourceKind: VenueBookingRow['sourceKind'];
  sourceId: string | null;
  title: string;
  createdBy: string;
  now?: Date;
  /** How the form names the room and the start (the review decision's `details.venueId`). */
  fields?: { venueId: string; startsAt: string };
}

/**
 * A room of the university that takes new bookings, share-locked for the caller's transaction (it
 * is not retired meanwhile): another university's room is 404, a retired one 409.
 */
export async function requireBookableVenue(
  tx: Executor,
  universityId: string,
  venueId: string,
  field = 'venueId',
): Promise<VenueRow> {
  const venue = await findVenueForBooking(tx, universityId, venueId);
  // The room is a choice in the form: another university's (or none) is the field's error.
  if (!venue)
    throw new AppError('VALIDATION_FAILED', '请选择本校的场地', {
      fields: [{ field, reason: '请选择本校的场地' }],
    });
  if (venue.retiredAt) throw new AppError('VENUE_RETIRED');
  return venue;
}

/** A time that is still to come: the calendar books and moves future times only. */
export function requireFutureStart(startsAt: Date, now = new Date(), field = 'startsAt') {
  if (startsAt <= now)
    throw new AppError('VALIDATION_FAILED', '开始时间须晚于现在', {
      fields: [{ field, reason: '开始时间须晚于现在' }],
    });
}

/**
 * Books a room in the caller's transaction (宣讲会 approval, 新增占用): the database's exclusion
 * constraint refuses an overlapping booking of the room (VENUE_DOUBLE_BOOKED), whatever races.
 * The caller publishes `venue-bookings.changed` after its commit.
 */
export async function bookVenue(
  tx: Executor,
  options: BookVenueOptions,
): Promise<{ booking: VenueBookingRow; venue: VenueRow }> {
  const venue = await requireBookableVenue(
    tx,
    options.universityId,
    options.venueId,
    options.fields?.venueId,
  );
  requireFutureStart(options.startsAt, options.now, options.fields?.startsAt);
  const booking = await insertVenueBooking(tx, {
    universityId: options.universityId,
    venueId: venue.id,
    startsAt: options.startsAt,
    endsAt: options.endsAt,
    sourceKind: options.sourceKind,
    sourceId: options.sourceId,
    title: options.title,
    createdBy: options.createdBy,
  });
  return { booking, venue };
}

/** A cancelled presentation's (or fair's) room is free again; returns the room it held, if any. */
export async function releaseVenueBooking(
  tx: Executor,
  source: { sourceKind: VenueBookingRow['sourceKind']; sourceId: string },
): Promise<string | undefined> {
  return (await deleteVenueBookingOfSource(tx, source))?.venueId;
}

/**
 * Locks a presentation's (or fair's) booking, if it has one. A use case that changes the source and
 * its booking takes this lock before the source's row, in the order 调整 takes them (booking, then
 * presentation), so the two never wait on each other.
 */
export async function lockSourceBooking(
  tx: Executor,
  source: { sourceKind: VenueBookingRow['sourceKind']; sourceId: string },
): Promise<VenueBookingRow | undefined> {
  return lockVenueBookingOfSource(tx, source);
}
