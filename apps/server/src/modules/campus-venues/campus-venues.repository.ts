import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { companies, jobFairs, presentations, universities, venueBookings, venues } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { sqlStateOf } from '../../lib/pg-errors';

// All SQL of 场地管理 and 场地日历. The database refuses a second booking of a room at an
// overlapping time (the EXCLUDE constraint venue_bookings_no_overlap, SQLSTATE 23P01): a booking
// written here that collides is VENUE_DOUBLE_BOOKED, and the caller's transaction rolls back.

export type VenueRow = typeof venues.$inferSelect;
export type VenueBookingRow = typeof venueBookings.$inferSelect;

/** The EXCLUDE constraint's refusal as the catalogue's 409; anything else unchanged. */
function bookingConflict(error: unknown): unknown {
  return sqlStateOf(error) === '23P01' ? new AppError('VENUE_DOUBLE_BOOKED') : error;
}

export async function findUniversityCampusNames(db: Executor, universityId: string): Promise<string[]> {
  const [row] = await db
    .select({ campuses: universities.campuses })
    .from(universities)
    .where(eq(universities.id, universityId));
  return (row?.campuses ?? []).map((campus) => campus.name);
}

export async function findVenueRows(db: Executor, universityId: string) {
  return db
    .select()
    .from(venues)
    .where(eq(venues.universityId, universityId))
    .orderBy(sql`${venues.retiredAt} IS NOT NULL`, asc(venues.campus), asc(venues.name));
}

export async function findVenue(db: Executor, universityId: string, id: string) {
  const [row] = await db
    .select()
    .from(venues)
    .where(and(eq(venues.id, id), eq(venues.universityId, universityId)));
  return row;
}

/** The room, share-locked: it is not retired while a booking into it is made. */
export async function findVenueForBooking(db: Executor, universityId: string, id: string) {
  const [row] = await db
    .select()
    .from(venues)
    .where(and(eq(venues.id, id), eq(venues.universityId, universityId)))
    .for('share');
  return row;
}

export async function insertVenue(db: Executor, values: typeof venues.$inferInsert) {
  const [row] = await db.insert(venues).values(values).returning();
  return row!;
}

export async function updateVenue(
  db: Executor,
  universityId: string,
  id: string,
  values: Pick<VenueRow, 'name' | 'campus' | 'capacity' | 'equipment'>,
) {
  const [row] = await db
    .update(venues)
    .set(values)
    .where(and(eq(venues.id, id), eq(venues.universityId, universityId)))
    .returning();
  return row;
}

/** 停用: the first retirement time stays. */
export async function retireVenue(db: Executor, universityId: string, id: string) {
  const [row] = await db
    .update(venues)
    .set({ retiredAt: sql`coalesce(${venues.retiredAt}, now())` })
    .where(and(eq(venues.id, id), eq(venues.universityId, universityId)))
    .returning();
  return row;
}

export async function insertVenueBooking(db: Executor, values: typeof venueBookings.$inferInsert) {
  try {
    const [row] = await db.insert(venueBookings).values(values).returning();
    return row!;
  } catch (error) {
    throw bookingConflict(error);
  }
}

export async function lockVenueBooking(db: Executor, universityId: string, id: string) {
  const [row] = await db
    .select()
    .from(venueBookings)
    .where(and(eq(venueBookings.id, id), eq(venueBookings.universityId, universityId)))
    .for('update');
  return row;
}

/** The booking of a presentation or fair, locked (taken before the source's own row, as a move does). */
export async function lockVenueBookingOfSource(
  db: Executor,
  source: { sourceKind: VenueBookingRow['sourceKind']; sourceId: string },
) {
  const [row] = await db
    .select()
    .from(venueBookings)
    .where(and(eq(venueBookings.sourceKind, source.sourceKind), eq(venueBookings.sourceId, source.sourceId)))
    .for('update');
  return row;
}

export async function moveVenueBookingRow(
  db: Executor,
  id: string,
  slot: { venueId: string; startsAt: Date; endsAt: Date },
) {
  try {
    const [row] = await db.update(venueBookings).set(slot).where(eq(venueBookings.id, id)).returning();
    return row!;
  } catch (error) {
    throw bookingConflict(error);
  }
}

export async function deleteVenueBookingRow(db: Executor, id: string) {
  await db.delete(venueBookings).where(eq(venueBookings.id, id));
}

/** The booking of a presentation or fair (one per source), removed with it. */
export async function deleteVenueBookingOfSource(
  db: Executor,
  source: { sourceKind: VenueBookingRow['sourceKind']; sourceId: string },
) {
  const rows = await db
    .delete(venueBookings)
    .where(and(eq(venueBookings.sourceKind, source.sourceKind), eq(venueBookings.sourceId, source.sourceId)))
    .returning({ venueId: venueBookings.venueId });
  return rows[0];
}

export interface BookingWindow {
  universityId: string;
  from: Date;
  to: Date;
  venueId?: string;
  /** Leave this booking out (the one being moved). */
  bookingId?: string;
}

/** A booking with its room and what it is for (a company's 宣讲会 or a 双选会). */
function selectBookings(db: Executor) {
  return db
    .select({
      booking: venueBookings,
      venue: { id: venues.id, name: venues.name, campus: venues.campus, capacity: venues.capacity },
      presentation: {
        title: presentations.title,
        signupCount: presentations.signupCount,
      },
      companyName: companies.name,
      fairTitle: jobFairs.title,
    })
    .from(venueBookings)
    .innerJoin(venues, eq(venues.id, venueBookings.venueId))
    .leftJoin(
      presentations,
      and(eq(venueBookings.sourceKind, 'presentation'), eq(presentations.id, venueBookings.sourceId)),
    )
    .leftJoin(companies, eq(companies.id, presentations.companyId))
    .leftJoin(
      jobFairs,
      and(eq(venueBookings.sourceKind, 'job_fair'), eq(jobFairs.id, venueBookings.sourceId)),
    );
}

/** The bookings overlapping [from, to), with their room and what they are for. */
export async function findBookingRows(db: Executor, window: BookingWindow) {
  return selectBookings(db)
    .where(
      and(
        eq(venueBookings.universityId, window.universityId),
        lt(venueBookings.startsAt, window.to),
        gt(venueBookings.endsAt, window.from),
        window.venueId ? eq(venueBookings.venueId, window.venueId) : undefined,
      ),
    )
    .orderBy(asc(venueBookings.startsAt), asc(venues.name));
}

export type BookingListRow = Awaited<ReturnType<typeof findBookingRows>>[number];

export async function findBookingRow(db: Executor, universityId: string, id: string) {
  const rows = await selectBookings(db).where(
    and(eq(venueBookings.id, id), eq(venueBookings.universityId, universityId)),
  );
  return rows[0];
}
