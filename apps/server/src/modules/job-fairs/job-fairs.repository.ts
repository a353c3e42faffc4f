import { and, asc, count, desc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  type BoothKind,
  companies,
  type JOB_FAIR_REGISTRATION_STATES,
  jobFairBooths,
  jobFairRegistrations,
  jobFairs,
  jobs,
  reviewRequests,
  universities,
  venueBookings,
  venues,
} from '../../db/schema';

// All SQL of 双选会 (issue 11 item 5): fairs, their booths and the companies' registrations, and
// the fair's booking on the university's venue calendar.

export type JobFairRow = typeof jobFairs.$inferSelect;
export type JobFairBoothRow = typeof jobFairBooths.$inferSelect;
export type JobFairRegistrationRow = typeof jobFairRegistrations.$inferSelect;
type RegistrationState = (typeof JOB_FAIR_REGISTRATION_STATES)[number];

const fairColumns = {
  fair: jobFairs,
  universityName: universities.name,
};

export type JobFairWithUniversity = { fair: JobFairRow; universityName: string };

export async function insertJobFair(tx: Executor, values: typeof jobFairs.$inferInsert) {
  const [row] = await tx.insert(jobFairs).values(values).returning();
  return row!;
}

export async function updateJobFair(tx: Executor, id: string, values: Partial<typeof jobFairs.$inferInsert>) {
  const [row] = await tx
    .update(jobFairs)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(jobFairs.id, id))
    .returning();
  return row!;
}

/** The guarded state change of a fair: no row when it is no longer in one of `from`. */
export async function moveJobFair(
  tx: Executor,
  id: string,
  from: readonly JobFairRow['state'][],
  to: JobFairRow['state'],
) {
  const [row] = await tx
    .update(jobFairs)
    .set({ state: to, updatedAt: new Date() })
    .where(and(eq(jobFairs.id, id), inArray(jobFairs.state, [...from])))
    .returning();
  return row;
}

/** A fair with its university's name; `universityId` scopes it to one university's staff. */
export async function findJobFair(db: Executor, id: string, universityId?: string) {
  const [row] = await db
    .select(fairColumns)
    .from(jobFairs)
    .innerJoin(universities, eq(universities.id, jobFairs.universityId))
    .where(and(eq(jobFairs.id, id), universityId ? eq(jobFairs.universityId, universityId) : undefined));
  return row;
}

/** The fair's row, locked (edit, cancel, booth assignment serialise on it). */
export async function lockJobFair(tx: Executor, id: string, universityId?: string) {
  const [row] = await tx
    .select()
    .from(jobFairs)
    .where(and(eq(jobFairs.id, id), universityId ? eq(jobFairs.universityId, universityId) : undefined))
    .for('update');
  return row;
}

export interface JobFairFilter {
  universityId?: string;
  state?: JobFairRow['state'];
  when?: 'upcoming' | 'past';
  now: Date;
}

const fairWhere = (filter: JobFairFilter) =>
  and(
    filter.universityId ? eq(jobFairs.universityId, filter.universityId) : undefined,
    filter.state ? eq(jobFairs.state, filter.state) : undefined,
    filter.when === 'upcoming' ? gte(jobFairs.endsAt, filter.now) : undefined,
    filter.when === 'past' ? lt(jobFairs.endsAt, filter.now) : undefined,
  );

/** Fairs, upcoming first (soonest first), then the past ones (latest first). */
export async function findJobFairPage(
  db: Executor,
  filter: JobFairFilter,
  window: { offset: number; limit: number },
) {
  const [rows, [total]] = await Promise.all([
    db
      .select(fairColumns)
      .from(jobFairs)
      .innerJoin(universities, eq(universities.id, jobFairs.universityId))
      .where(fairWhere(filter))
      .orderBy(
        sql`CASE WHEN ${jobFairs.endsAt} >= ${filter.now} THEN 0 ELSE 1 END`,
        sql`CASE WHEN ${jobFairs.endsAt} >= ${filter.now} THEN ${jobFairs.startsAt} END ASC`,
        desc(jobFairs.startsAt),
        asc(jobFairs.id),
      )
      .limit(window.limit)
      .offset(window.offset),
    db.select({ total: count() }).from(jobFairs).where(fairWhere(filter)),
  ]);
  return { rows, total: total?.total ?? 0 };
}

// ---- booths ----

export async function findBooths(db: Executor, fairIds: string[]) {
  if (fairIds.length === 0) return [];
  return db
    .select()
    .from(jobFairBooths)
    .where(inArray(jobFairBooths.fairId, fairIds))
    .orderBy(asc(jobFairBooths.code));
}

export async function insertBooths(tx: Executor, rows: (typeof jobFairBooths.$inferInsert)[]) {
  if (rows.length === 0) return;
  await tx.insert(jobFairBooths).values(rows);
}

export async function deleteBooths(tx: Executor, ids: string[]) {
  if (ids.length === 0) return;
  await tx.delete(jobFairBooths).where(inArray(jobFairBooths.id, ids));
}

/** The booths held by a current registration (an assigned booth cannot go). */
export async function findHeldBoothIds(db: Executor, fairId: string): Promise<Set<string>> {
  const rows = await db
    .select({ boothId: jobFairRegistrations.boothId })
    .from(jobFairRegistrations)
    .where(
      and(
        eq(jobFairRegistrations.fairId, fairId),
        eq(jobFairRegistrations.state, 'approved'),
        sql`${jobFairRegistrations.boothId} IS NOT NULL`,
      ),
    );
  return new Set(rows.map((row) => row.boothId!));
}

/** Current (pending or approved) registrations per booth kind. */
export async function countCurrentByKind(db: Executor, fairId: string) {
  const rows = await db
    .select({ kind: jobFairRegistrations.boothKind, n: count() })
    .from(jobFairRegistrations)
    .where(
      and(
        eq(jobFairRegistrations.fairId, fairId),
        inArray(jobFairRegistrations.state, ['pending', 'approved']),
      ),
    )
    .groupBy(jobFairRegistrations.boothKind);
  return new Map(rows.map((row) => [row.kind, row.n]));
}

// ---- the place counter ----

/**
 * Takes a place: the guarded update is the capacity check (decision 016). No row: the fair is full,
 * cancelled or missing.
 */
export async function takeJobFairPlace(tx: Executor, fairId: string) {
  const [row] = await tx
    .update(jobFairs)
    .set({ registeredCount: sql`${jobFairs.registeredCount} + 1` })
    .where(
      and(
        eq(jobFairs.id, fairId),
        eq(jobFairs.state, 'published'),
        lt(jobFairs.registeredCount, jobFairs.capacity),
      ),
    )
    .returning({ id: jobFairs.id });
  return row;
}

export async function releaseJobFairPlace(tx: Executor, fairId: string) {
  await tx
    .update(jobFairs)
    .set({ registeredCount: sql`GREATEST(${jobFairs.registeredCount} - 1, 0)` })
    .where(eq(jobFairs.id, fairId));
}

// ---- registrations ----

export async function insertRegistration(tx: Executor, values: typeof jobFairRegistrations.$inferInsert) {
  const [row] = await tx.insert(jobFairRegistrations).values(values).returning();
  return row!;
}

type RegistrationScope = { companyId?: string; universityId?: string; fairId?: string };

function registrationWhere(id: string, scope: RegistrationScope) {
  return and(
    eq(jobFairRegistrations.id, id),
    scope.companyId ? eq(jobFairRegistrations.companyId, scope.companyId) : undefined,
    scope.universityId ? eq(jobFairRegistrations.universityId, scope.universityId) : undefined,
    scope.fairId ? eq(jobFairRegistrations.fairId, scope.fairId) : undefined,
  );
}

export async function findRegistration(db: Executor, id: string, scope: RegistrationScope = {}) {
  const [row] = await db.select().from(jobFairRegistrations).where(registrationWhere(id, scope));
  return row;
}

export async function lockRegistration(tx: Executor, id: string, scope: RegistrationScope = {}) {
  const [row] = await tx
    .select()
    .from(jobFairRegistrations)
    .where(registrationWhere(id, scope))
    .for('update');
  return row;
}

/** The guarded state change: no row when the registration is no longer in one of `from`. */
export async function moveRegistration(
  tx: Executor,
  id: string,
  from: readonly RegistrationState[],
  values: Partial<typeof jobFairRegistrations.$inferInsert> & { state: RegistrationState },
) {
  const [row] = await tx
    .update(jobFairRegistrations)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(jobFairRegistrations.id, id), inArray(jobFairRegistrations.state, [...from])))
    .returning();
  return row;
}

export async function setRegistrationBooth(tx: Executor, id: string, boothId: string | null) {
  const [row] = await tx
    .update(jobFairRegistrations)
    .set({ boothId, updatedAt: new Date() })
    .where(and(eq(jobFairRegistrations.id, id), eq(jobFairRegistrations.state, 'approved')))
    .returning();
  return row;
}

export async function setRegistrationReview(tx: Executor, id: string, reviewRequestId: string) {
  await tx.update(jobFairRegistrations).set({ reviewRequestId }).where(eq(jobFairRegistrations.id, id));
}

const registrationColumns = {
  registration: jobFairRegistrations,
  companyName: companies.name,
  dueAt: reviewRequests.dueAt,
};

/** Registrations with the company's name and the review's due date, oldest first (报名顺序). */
export async function findRegistrationsOfFairs(
  db: Executor,
  fairIds: string[],
  options: { states?: RegistrationState[]; companyId?: string } = {},
) {
  if (fairIds.length === 0) return [];
  return db
    .select(registrationColumns)
    .from(jobFairRegistrations)
    .innerJoin(companies, eq(companies.id, jobFairRegistrations.companyId))
    .leftJoin(reviewRequests, eq(reviewRequests.id, jobFairRegistrations.reviewRequestId))
    .where(
      and(
        inArray(jobFairRegistrations.fairId, fairIds),
        options.states ? inArray(jobFairRegistrations.state, options.states) : undefined,
        options.companyId ? eq(jobFairRegistrations.companyId, options.companyId) : undefined,
      ),
    )
    .orderBy(asc(jobFairRegistrations.createdAt), asc(jobFairRegistrations.id));
}

export async function findRegistrationWithCompany(db: Executor, id: string) {
  const [row] = await db
    .select(registrationColumns)
    .from(jobFairRegistrations)
    .innerJoin(companies, eq(companies.id, jobFairRegistrations.companyId))
    .leftJoin(reviewRequests, eq(reviewRequests.id, jobFairRegistrations.reviewRequestId))
    .where(eq(jobFairRegistrations.id, id));
  return row;
}

/** 我的报名: the company's registrations, newest first. */
export async function findCompanyRegistrationPage(
  db: Executor,
  companyId: string,
  window: { offset: number; limit: number },
) {
  const [rows, [total]] = await Promise.all([
    db
      .select(registrationColumns)
      .from(jobFairRegistrations)
      .innerJoin(companies, eq(companies.id, jobFairRegistrations.companyId))
      .leftJoin(reviewRequests, eq(reviewRequests.id, jobFairRegistrations.reviewRequestId))
      .where(eq(jobFairRegistrations.companyId, companyId))
      .orderBy(desc(jobFairRegistrations.createdAt), desc(jobFairRegistrations.id))
      .limit(window.limit)
      .offset(window.offset),
    db
      .select({ total: count() })
      .from(jobFairRegistrations)
      .where(eq(jobFairRegistrations.companyId, companyId)),
  ]);
  return { rows, total: total?.total ?? 0 };
}

/** The company's current registration per fair (its newest one when none is current). */
export async function findCompanyRegistrationsOfFairs(db: Executor, companyId: string, fairIds: string[]) {
  if (fairIds.length === 0) return [];
  return db
    .select(registrationColumns)
    .from(jobFairRegistrations)
    .innerJoin(companies, eq(companies.id, jobFairRegistrations.companyId))
    .leftJoin(reviewRequests, eq(reviewRequests.id, jobFairRegistrations.reviewRequestId))
    .where(and(eq(jobFairRegistrations.companyId, companyId), inArray(jobFairRegistrations.fairId, fairIds)))
    .orderBy(desc(jobFairRegistrations.createdAt));
}

/** The company's jobs among `ids` that are 招聘中 (the ones it may bring to a fair). */
export async function findRecruitingJobs(db: Executor, companyId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: jobs.id, title: jobs.title })
    .from(jobs)
    .where(
      and(
        eq(jobs.companyId, companyId),
        inArray(jobs.id, ids),
        eq(jobs.state, 'recruiting'),
        isNull(jobs.deletedAt),
      ),
    );
}

/** Job titles by id, whatever their state now (a registration keeps what it brought). */
export async function findJobTitles(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: jobs.id, title: jobs.title, state: jobs.state })
    .from(jobs)
    .where(inArray(jobs.id, ids));
}

/**
 * Keeps a pending review request's drawer truthful (the engine has no withdraw): the company
 * withdrew (`withdrawnAt`) or the university cancelled the fair (`fairCancelledAt`).
 */
export async function markReviewPayload(
  tx: Executor,
  reviewRequestId: string,
  key: 'withdrawnAt' | 'fairCancelledAt',
  at: Date,
) {
  await tx
    .update(reviewRequests)
    .set({
      payload: sql`${reviewRequests.payload} || jsonb_build_object(${key}::text, ${at.toISOString()}::text)`,
    })
    .where(and(eq(reviewRequests.id, reviewRequestId), eq(reviewRequests.state, 'pending')));
}

// ---- the venue calendar ----

export async function findUsableVenue(db: Executor, universityId: string, venueId: string) {
  const [row] = await db
    .select({ id: venues.id, name: venues.name, campus: venues.campus })
    .from(venues)
    .where(and(eq(venues.id, venueId), eq(venues.universityId, universityId), isNull(venues.retiredAt)));
  return row;
}

/** Books the room for the fair; the exclusion constraint refuses an overlap (SQLSTATE 23P01). */
export async function insertFairBooking(
  tx: Executor,
  values: {
    universityId: string;
    venueId: string;
    fairId: string;
    startsAt: Date;
    endsAt: Date;
    title: string;
    createdBy: string;
  },
) {
  const [row] = await tx
    .insert(venueBookings)
    .values({
      universityId: values.universityId,
      venueId: values.venueId,
      startsAt: values.startsAt,
      endsAt: values.endsAt,
      sourceKind: 'job_fair',
      sourceId: values.fairId,
      title: values.title,
      createdBy: values.createdBy,
    })
    .returning({ id: venueBookings.id });
  return row!;
}

export async function deleteFairBooking(tx: Executor, fairId: string) {
  await tx.update(jobFairs).set({ venueBookingId: null }).where(eq(jobFairs.id, fairId));
  await tx
    .delete(venueBookings)
    .where(and(eq(venueBookings.sourceKind, 'job_fair'), eq(venueBookings.sourceId, fairId)));
}

export type { BoothKind };
