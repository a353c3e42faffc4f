import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { jobs, presentations, reviewRequests, universities, venues } from '../../db/schema';
import type { PageWindow } from '../../lib/paging';

// All SQL of 宣讲会. State changes are guarded with `WHERE state IN (machine.sources(event))`.

export type PresentationRow = typeof presentations.$inferSelect;
type State = PresentationRow['state'];

/** The company's recruiting jobs among `ids` (宣讲职位). */
export async function findRecruitingJobs(db: Executor, companyId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: jobs.id, title: jobs.title })
    .from(jobs)
    .where(and(eq(jobs.companyId, companyId), eq(jobs.state, 'recruiting'), inArray(jobs.id, ids)));
}

export async function findJobTitles(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: jobs.id, title: jobs.title }).from(jobs).where(inArray(jobs.id, ids));
}

export async function insertPresentation(db: Executor, values: typeof presentations.$inferInsert) {
  const [row] = await db.insert(presentations).values(values).returning();
  return row!;
}

export async function setPresentationReviewRequest(db: Executor, id: string, reviewRequestId: string) {
  await db.update(presentations).set({ reviewRequestId }).where(eq(presentations.id, id));
}

const listColumns = {
  presentation: presentations,
  universityName: universities.name,
  venue: { id: venues.id, name: venues.name, campus: venues.campus },
  dueAt: reviewRequests.dueAt,
};

function listQuery(db: Executor) {
  return db
    .select(listColumns)
    .from(presentations)
    .innerJoin(universities, eq(universities.id, presentations.universityId))
    .leftJoin(venues, eq(venues.id, presentations.venueId))
    .leftJoin(reviewRequests, eq(reviewRequests.id, presentations.reviewRequestId));
}

export type PresentationListRow = NonNullable<Awaited<ReturnType<typeof findPresentationRow>>>;

export interface PresentationFilter {
  companyId: string;
  state?: State;
  universityId?: string;
}

const filterOf = (filter: PresentationFilter) =>
  and(
    eq(presentations.companyId, filter.companyId),
    filter.state ? eq(presentations.state, filter.state) : undefined,
    filter.universityId ? eq(presentations.universityId, filter.universityId) : undefined,
  );

export async function findPresentationPage(db: Executor, filter: PresentationFilter, window: PageWindow) {
  const items = await listQuery(db)
    .where(filterOf(filter))
    .orderBy(desc(presentations.createdAt), desc(presentations.id))
    .limit(window.limit)
    .offset(window.offset);
  const [total] = await db.select({ n: count() }).from(presentations).where(filterOf(filter));
  return { items, total: total?.n ?? 0 };
}

/** One presentation of the company (or any, for the university side when `companyId` is null). */
export async function findPresentationRow(
  db: Executor,
  where: { id: string; companyId?: string; universityId?: string },
) {
  const [row] = await listQuery(db).where(
    and(
      eq(presentations.id, where.id),
      where.companyId ? eq(presentations.companyId, where.companyId) : undefined,
      where.universityId ? eq(presentations.universityId, where.universityId) : undefined,
    ),
  );
  return row;
}

/** The presentation locked until the transaction ends (one decision, move or cancel at a time). */
export async function lockPresentation(db: Executor, where: { id: string; companyId?: string }) {
  const [row] = await db
    .select()
    .from(presentations)
    .where(
      and(
        eq(presentations.id, where.id),
        where.companyId ? eq(presentations.companyId, where.companyId) : undefined,
      ),
    )
    .for('update');
  return row;
}

export async function markPresentationApproved(
  db: Executor,
  values: {
    id: string;
    from: readonly State[];
    venueId: string;
    venueBookingId: string;
    startsAt: Date;
    endsAt: Date;
    capacity: number;
  },
) {
  const { id, from, ...set } = values;
  const [row] = await db
    .update(presentations)
    .set({ ...set, state: 'approved', rejectReason: null, updatedAt: new Date() })
    .where(and(eq(presentations.id, id), inArray(presentations.state, [...from])))
    .returning();
  return row;
}

export async function markPresentationRejected(
  db: Executor,
  values: { id: string; from: readonly State[]; reason: string },
) {
  const [row] = await db
    .update(presentations)
    .set({ state: 'rejected', rejectReason: values.reason, updatedAt: new Date() })
    .where(and(eq(presentations.id, values.id), inArray(presentations.state, [...values.from])))
    .returning();
  return row;
}

export async function markPresentationCancelled(
  db: Executor,
  values: { id: string; from: readonly State[] },
) {
  const [row] = await db
    .update(presentations)
    .set({ state: 'cancelled', cancelledAt: new Date(), venueBookingId: null, updatedAt: new Date() })
    .where(and(eq(presentations.id, values.id), inArray(presentations.state, [...values.from])))
    .returning();
  return row;
}

/**
 * A moved presentation's room and time; its capacity follows the room, and the room must hold the
 * students already signed up (`signup_count <= capacity` is also the database's check).
 */
export async function reschedulePresentationRow(
  db: Executor,
  values: {
    id: string;
    from: readonly State[];
    venueId: string;
    startsAt: Date;
    endsAt: Date;
    capacity: number;
  },
) {
  const { id, from, ...set } = values;
  const [row] = await db
    .update(presentations)
    .set({ ...set, updatedAt: new Date() })
    .where(
      and(
        eq(presentations.id, id),
        inArray(presentations.state, [...from]),
        sql`${presentations.signupCount} <= ${values.capacity}`,
      ),
    )
    .returning();
  return row;
}

export async function findUniversityName(db: Executor, id: string) {
  const [row] = await db
    .select({ name: universities.name })
    .from(universities)
    .where(eq(universities.id, id));
  return row?.name;
}
