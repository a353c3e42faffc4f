import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  ilike,
  inArray,
  isNull,
  lt,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  accounts,
  companies,
  jobs,
  paymentOrders,
  reviewRequests,
  universities,
  videoFairInterviews,
  videoFairRegistrations,
  videoFairStudents,
  videoFairs,
} from '../../db/schema';
import type { PageWindow } from '../../lib/paging';

// All SQL of 视频双选会: the fairs, the companies' registrations (the guarded place counter), the
// students' sign-ups and the counts the university's list reads from the interviews.

export type VideoFairRow = typeof videoFairs.$inferSelect;
export type VideoFairRegistrationRow = typeof videoFairRegistrations.$inferSelect;
export type VideoFairWithUniversity = { fair: VideoFairRow; universityName: string };

const fairColumns = { fair: videoFairs, universityName: universities.name };

// ---- fairs ----

export async function insertVideoFair(tx: Executor, values: typeof videoFairs.$inferInsert) {
  const [row] = await tx.insert(videoFairs).values(values).returning();
  return row!;
}

export async function updateVideoFair(
  tx: Executor,
  id: string,
  values: Partial<typeof videoFairs.$inferInsert>,
) {
  const [row] = await tx
    .update(videoFairs)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(videoFairs.id, id))
    .returning();
  return row!;
}

export async function moveVideoFair(
  tx: Executor,
  id: string,
  from: readonly VideoFairRow['state'][],
  to: VideoFairRow['state'],
  cancelReason: string,
) {
  const [row] = await tx
    .update(videoFairs)
    .set({ state: to, cancelReason, updatedAt: new Date() })
    .where(and(eq(videoFairs.id, id), inArray(videoFairs.state, [...from])))
    .returning();
  return row;
}

/** A fair with its university's name; `universityId` scopes it to one university's staff. */
export async function findVideoFair(
  db: Executor,
  id: string,
  universityId?: string,
): Promise<VideoFairWithUniversity | undefined> {
  const [row] = await db
    .select(fairColumns)
    .from(videoFairs)
    .innerJoin(universities, eq(universities.id, videoFairs.universityId))
    .where(and(eq(videoFairs.id, id), universityId ? eq(videoFairs.universityId, universityId) : undefined));
  return row;
}

export async function lockVideoFair(tx: Executor, id: string, universityId?: string) {
  const [row] = await tx
    .select()
    .from(videoFairs)
    .where(and(eq(videoFairs.id, id), universityId ? eq(videoFairs.universityId, universityId) : undefined))
    .for('update');
  return row;
}

export interface VideoFairFilter {
  universityId?: string;
  universityIds?: string[];
  publishedOnly?: boolean;
  when?: 'upcoming' | 'past' | 'all';
  /** The employer's 报名中 / 已截止 / 进行中 / 已结束. */
  phase?: 'registration_open' | 'registration_closed' | 'ongoing' | 'ended';
  q?: string;
  now: Date;
}

function fairWhere(filter: VideoFairFilter): SQL | undefined {
  const { now } = filter;
  const phase: Record<NonNullable<VideoFairFilter['phase']>, SQL | undefined> = {
    registration_open: and(gt(videoFairs.registrationDeadline, now), gt(videoFairs.endsAt, now)),
    registration_closed: and(lte(videoFairs.registrationDeadline, now), gt(videoFairs.startsAt, now)),
    ongoing: and(lte(videoFairs.startsAt, now), gt(videoFairs.endsAt, now)),
    ended: lte(videoFairs.endsAt, now),
  };
  const like = filter.q ? `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return and(
    filter.universityId ? eq(videoFairs.universityId, filter.universityId) : undefined,
    filter.universityIds ? inArray(videoFairs.universityId, filter.universityIds) : undefined,
    filter.publishedOnly ? eq(videoFairs.state, 'published') : undefined,
    filter.when === 'upcoming' ? gt(videoFairs.endsAt, now) : undefined,
    filter.when === 'past' ? lte(videoFairs.endsAt, now) : undefined,
    filter.phase ? phase[filter.phase] : undefined,
    like ? or(ilike(videoFairs.title, like), ilike(universities.name, like)) : undefined,
  );
}

export async function findVideoFairsPage(db: Executor, filter: VideoFairFilter, window: PageWindow) {
  const where = fairWhere(filter);
  // Upcoming first by start; past ones latest first.
  const order = filter.when === 'past' ? desc(videoFairs.startsAt) : asc(videoFairs.startsAt);
  const [rows, [total]] = await Promise.all([
    db
      .select(fairColumns)
      .from(videoFairs)
      .innerJoin(universities, eq(universities.id, videoFairs.universityId))
      .where(where)
      .orderBy(order, asc(videoFairs.id))
      .limit(window.limit)
      .offset(window.offset),
    db
      .select({ n: count() })
      .from(videoFairs)
      .innerJoin(universities, eq(universities.id, videoFairs.universityId))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/**
 * The guarded counter (decision 016): one UPDATE takes a place only while one is left, so
 * concurrent registrations for the last places get exactly as many as there are.
 */
export async function takeVideoFairPlace(tx: Executor, fairId: string) {
  const [row] = await tx
    .update(videoFairs)
    .set({ registeredCount: sql`${videoFairs.registeredCount} + 1` })
    .where(
      and(
        eq(videoFairs.id, fairId),
        eq(videoFairs.state, 'published'),
        lt(videoFairs.registeredCount, videoFairs.capacity),
      ),
    )
    .returning({ id: videoFairs.id });
  return row;
}

export async function releaseVideoFairPlace(tx: Executor, fairId: string) {
  await tx
    .update(videoFairs)
    .set({ registeredCount: sql`GREATEST(${videoFairs.registeredCount} - 1, 0)` })
    .where(eq(videoFairs.id, fairId));
}

// ---- registrations ----

export async function insertVideoFairRegistration(
  tx: Executor,
  values: typeof videoFairRegistrations.$inferInsert,
) {
  const [row] = await tx.insert(videoFairRegistrations).values(values).returning();
  return row!;
}

export async function findRegistrationByRequestKey(db: Executor, companyId: string, requestKey: string) {
  const [row] = await db
    .select()
    .from(videoFairRegistrations)
    .where(
      and(eq(videoFairRegistrations.companyId, companyId), eq(videoFairRegistrations.requestKey, requestKey)),
    );
  return row;
}

export async function findRegistration(db: Executor, id: string, companyId?: string) {
  const [row] = await db
    .select()
    .from(videoFairRegistrations)
    .where(
      and(
        eq(videoFairRegistrations.id, id),
        companyId ? eq(videoFairRegistrations.companyId, companyId) : undefined,
      ),
    );
  return row;
}

export async function lockRegistration(tx: Executor, id: string) {
  const [row] = await tx
    .select()
    .from(videoFairRegistrations)
    .where(eq(videoFairRegistrations.id, id))
    .for('update');
  return row;
}

export async function findRegistrationByOrder(tx: Executor, paymentOrderId: string) {
  const [row] = await tx
    .select()
    .from(videoFairRegistrations)
    .where(eq(videoFairRegistrations.paymentOrderId, paymentOrderId))
    .for('update');
  return row;
}

/** Moves a registration through its machine: only from the states the event allows. */
export async function moveRegistration(
  tx: Executor,
  id: string,
  from: readonly VideoFairRegistrationRow['state'][],
  values: Partial<typeof videoFairRegistrations.$inferInsert> & { state: VideoFairRegistrationRow['state'] },
) {
  const [row] = await tx
    .update(videoFairRegistrations)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(videoFairRegistrations.id, id), inArray(videoFairRegistrations.state, [...from])))
    .returning();
  return row;
}

export async function setRegistrationFields(
  tx: Executor,
  id: string,
  values: Partial<typeof videoFairRegistrations.$inferInsert>,
) {
  await tx
    .update(videoFairRegistrations)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(videoFairRegistrations.id, id));
}

export async function findCompanyRegistrationsPage(db: Executor, companyId: string, window: PageWindow) {
  const where = eq(videoFairRegistrations.companyId, companyId);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(videoFairRegistrations)
      .where(where)
      .orderBy(desc(videoFairRegistrations.createdAt), desc(videoFairRegistrations.id))
      .limit(window.limit)
      .offset(window.offset),
    db.select({ n: count() }).from(videoFairRegistrations).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The company's live registration of each fair. */
export async function findLiveRegistrationsOfCompany(db: Executor, companyId: string, fairIds: string[]) {
  if (fairIds.length === 0) return [];
  return db
    .select({
      id: videoFairRegistrations.id,
      fairId: videoFairRegistrations.fairId,
      state: videoFairRegistrations.state,
    })
    .from(videoFairRegistrations)
    .where(
      and(
        eq(videoFairRegistrations.companyId, companyId),
        inArray(videoFairRegistrations.fairId, fairIds),
        inArray(videoFairRegistrations.state, ['awaiting_payment', 'pending', 'approved']),
      ),
    );
}

export async function findRegistrationsOfFair(
  db: Executor,
  fairId: string,
  states?: readonly VideoFairRegistrationRow['state'][],
) {
  return db
    .select({ registration: videoFairRegistrations, companyName: companies.name })
    .from(videoFairRegistrations)
    .innerJoin(companies, eq(companies.id, videoFairRegistrations.companyId))
    .where(
      and(
        eq(videoFairRegistrations.fairId, fairId),
        states ? inArray(videoFairRegistrations.state, [...states]) : undefined,
      ),
    )
    .orderBy(asc(videoFairRegistrations.createdAt));
}

/** Per fair: registrations pending and approved, students signed up, interviews completed and queued. */
export async function countFairActivity(db: Executor, fairIds: string[]) {
  const empty = new Map<
    string,
    { pending: number; approved: number; students: number; interviewed: number; queued: number }
  >();
  if (fairIds.length === 0) return empty;
  const [registrations, students, interviews] = await Promise.all([
    db
      .select({ fairId: videoFairRegistrations.fairId, state: videoFairRegistrations.state, n: count() })
      .from(videoFairRegistrations)
      .where(inArray(videoFairRegistrations.fairId, fairIds))
      .groupBy(videoFairRegistrations.fairId, videoFairRegistrations.state),
    db
      .select({ fairId: videoFairStudents.fairId, n: count() })
      .from(videoFairStudents)
      .where(inArray(videoFairStudents.fairId, fairIds))
      .groupBy(videoFairStudents.fairId),
    db
      .select({ fairId: videoFairInterviews.fairId, state: videoFairInterviews.state, n: count() })
      .from(videoFairInterviews)
      .where(
        and(
          inArray(videoFairInterviews.fairId, fairIds),
          inArray(videoFairInterviews.state, ['completed', 'queued']),
        ),
      )
      .groupBy(videoFairInterviews.fairId, videoFairInterviews.state),
  ]);
  for (const id of fairIds)
    empty.set(id, { pending: 0, approved: 0, students: 0, interviewed: 0, queued: 0 });
  for (const row of registrations) {
    const counts = empty.get(row.fairId)!;
    if (row.state === 'pending') counts.pending = row.n;
    if (row.state === 'approved') counts.approved = row.n;
  }
  for (const row of students) empty.get(row.fairId)!.students = row.n;
  for (const row of interviews) {
    const counts = empty.get(row.fairId)!;
    if (row.state === 'completed') counts.interviewed = row.n;
    else counts.queued = row.n;
  }
  return empty;
}

/** 面试间情况: per registration and room, queued / in progress / completed. */
export async function countRoomActivity(db: Executor, fairId: string) {
  return db
    .select({
      registrationId: videoFairInterviews.registrationId,
      room: videoFairInterviews.room,
      state: videoFairInterviews.state,
      n: count(),
    })
    .from(videoFairInterviews)
    .where(
      and(
        eq(videoFairInterviews.fairId, fairId),
        inArray(videoFairInterviews.state, ['queued', 'in_progress', 'completed']),
      ),
    )
    .groupBy(videoFairInterviews.registrationId, videoFairInterviews.room, videoFairInterviews.state);
}

export async function markReviewPayload(
  tx: Executor,
  reviewRequestId: string,
  key: 'withdrawnAt' | 'fairCancelledAt' | 'paidAt',
  at: Date,
) {
  await tx
    .update(reviewRequests)
    .set({
      payload: sql`${reviewRequests.payload} || jsonb_build_object(${key}::text, ${at.toISOString()}::text)`,
    })
    .where(and(eq(reviewRequests.id, reviewRequestId), eq(reviewRequests.state, 'pending')));
}

export async function findReviewDueDates(db: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, Date | null>();
  const rows = await db
    .select({ id: reviewRequests.id, dueAt: reviewRequests.dueAt, state: reviewRequests.state })
    .from(reviewRequests)
    .where(inArray(reviewRequests.id, ids));
  return new Map(rows.map((row) => [row.id, row.state === 'pending' ? row.dueAt : null]));
}

// ---- what a registration names ----

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

export async function findJobTitles(db: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db.select({ id: jobs.id, title: jobs.title }).from(jobs).where(inArray(jobs.id, ids));
  return new Map(rows.map((row) => [row.id, row.title]));
}

/** The company's members among `ids` (employer accounts of the company). */
export async function findCompanyMembers(db: Executor, companyId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: accounts.id, displayName: accounts.displayName })
    .from(accounts)
    .where(
      and(
        eq(accounts.companyId, companyId),
        eq(accounts.role, 'employer'),
        eq(accounts.status, 'active'),
        inArray(accounts.id, ids),
      ),
    );
}

/** The company's active HR accounts (面试官 may be any of them). */
export async function findActiveMembers(db: Executor, companyId: string) {
  return db
    .select({ id: accounts.id, name: accounts.displayName })
    .from(accounts)
    .where(
      and(eq(accounts.companyId, companyId), eq(accounts.role, 'employer'), eq(accounts.status, 'active')),
    )
    .orderBy(asc(accounts.createdAt));
}

export async function findAccountNames(db: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: accounts.id, displayName: accounts.displayName })
    .from(accounts)
    .where(inArray(accounts.id, ids));
  return new Map(rows.map((row) => [row.id, row.displayName]));
}

export async function findCompanyNames(db: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(inArray(companies.id, ids));
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function findFairsWithUniversity(db: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, VideoFairWithUniversity>();
  const rows = await db
    .select(fairColumns)
    .from(videoFairs)
    .innerJoin(universities, eq(universities.id, videoFairs.universityId))
    .where(inArray(videoFairs.id, ids));
  return new Map(rows.map((row) => [row.fair.id, row]));
}

export async function findPaymentOrders(db: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, typeof paymentOrders.$inferSelect>();
  const rows = await db.select().from(paymentOrders).where(inArray(paymentOrders.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}

// ---- students ----

export async function insertStudentSignup(tx: Executor, fairId: string, seekerAccountId: string) {
  const [row] = await tx
    .insert(videoFairStudents)
    .values({ fairId, seekerAccountId })
    .onConflictDoNothing()
    .returning();
  return row;
}

export async function deleteStudentSignup(tx: Executor, fairId: string, seekerAccountId: string) {
  await tx
    .delete(videoFairStudents)
    .where(and(eq(videoFairStudents.fairId, fairId), eq(videoFairStudents.seekerAccountId, seekerAccountId)));
}

export async function findSignedUpFairs(db: Executor, seekerAccountId: string, fairIds: string[]) {
  if (fairIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ fairId: videoFairStudents.fairId })
    .from(videoFairStudents)
    .where(
      and(eq(videoFairStudents.seekerAccountId, seekerAccountId), inArray(videoFairStudents.fairId, fairIds)),
    );
  return new Set(rows.map((row) => row.fairId));
}

export async function findSignedUpStudents(db: Executor, fairId: string) {
  return db
    .select({ seekerAccountId: videoFairStudents.seekerAccountId })
    .from(videoFairStudents)
    .where(eq(videoFairStudents.fairId, fairId));
}
