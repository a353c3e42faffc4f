import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  brochurePublications,
  brochureVersions,
  companies,
  jobFairRegistrations,
  jobFairs,
  jobs,
  presentationSignups,
  presentations,
  resumes,
  seekers,
  universities,
  venues,
} from '../../db/schema';
import type { SignupState } from './signup-machine';

// All SQL of the students' 校园 and the door (签到): the campus tables other modules write
// (presentations, fairs, brochures) are read here directly, never through those modules.

export async function findPlatformUniversities(db: Executor) {
  return db.select({ id: universities.id, name: universities.name }).from(universities);
}

/** The seeker's resume educations as stored (parsed by the caller), or undefined without a resume. */
export async function findResumeEducations(db: Executor, accountId: string) {
  const [row] = await db
    .select({ educations: resumes.educations })
    .from(resumes)
    .where(eq(resumes.accountId, accountId));
  return row?.educations;
}

const presentationColumns = {
  id: presentations.id,
  title: presentations.title,
  description: presentations.description,
  majors: presentations.majors,
  jobIds: presentations.jobIds,
  state: presentations.state,
  startsAt: presentations.startsAt,
  endsAt: presentations.endsAt,
  capacity: presentations.capacity,
  signupCount: presentations.signupCount,
  companyId: presentations.companyId,
  companyName: companies.name,
  universityId: presentations.universityId,
  universityName: universities.name,
  venueName: venues.name,
  venueCampus: venues.campus,
};

function selectPresentations(db: Executor) {
  return db
    .select(presentationColumns)
    .from(presentations)
    .innerJoin(companies, eq(companies.id, presentations.companyId))
    .innerJoin(universities, eq(universities.id, presentations.universityId))
    .leftJoin(venues, eq(venues.id, presentations.venueId));
}
export type PresentationRow = NonNullable<Awaited<ReturnType<typeof findApprovedPresentation>>>;

/** Approved, with a time (what students see). */
const isShown = and(
  eq(presentations.state, 'approved'),
  isNotNull(presentations.startsAt),
  isNotNull(presentations.endsAt),
);

export async function findApprovedPresentation(db: Executor, id: string) {
  const [row] = await selectPresentations(db).where(and(eq(presentations.id, id), isShown));
  return row;
}

/** The university's upcoming (not yet ended) approved presentations, soonest first. */
export async function selectUpcomingPresentations(
  db: Executor,
  options: { universityId: string; now: Date; offset: number; limit: number },
) {
  const where = and(
    isShown,
    eq(presentations.universityId, options.universityId),
    gt(presentations.endsAt, options.now),
  );
  const rows = await selectPresentations(db)
    .where(where)
    .orderBy(asc(presentations.startsAt), asc(presentations.id))
    .offset(options.offset)
    .limit(options.limit);
  const [total] = await db.select({ n: count() }).from(presentations).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** The university's approved presentations starting in [from, to), for the door. */
export async function findPresentationsBetween(db: Executor, universityId: string, from: Date, to: Date) {
  return selectPresentations(db)
    .where(
      and(
        isShown,
        eq(presentations.universityId, universityId),
        sql`${presentations.startsAt} >= ${from.toISOString()} and ${presentations.startsAt} < ${to.toISOString()}`,
      ),
    )
    .orderBy(asc(presentations.startsAt), asc(presentations.id));
}

/** One presentation of the university (any state, as its staff see it). */
export async function findUniversityPresentation(db: Executor, universityId: string, id: string) {
  const [row] = await selectPresentations(db).where(
    and(eq(presentations.id, id), eq(presentations.universityId, universityId)),
  );
  return row;
}

export async function findJobTitles(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: jobs.id, title: jobs.title })
    .from(jobs)
    .where(and(inArray(jobs.id, ids), isNull(jobs.deletedAt)));
}

// ---- fairs and brochures of the feed ----

export async function selectUpcomingFairs(
  db: Executor,
  options: { universityId: string; now: Date; offset: number; limit: number },
) {
  const where = and(
    eq(jobFairs.universityId, options.universityId),
    eq(jobFairs.state, 'published'),
    gt(jobFairs.endsAt, options.now),
  );
  const companyCount = sql<number>`(select count(*)::int from ${jobFairRegistrations}
    where ${jobFairRegistrations.fairId} = ${jobFairs.id} and ${jobFairRegistrations.state} = 'approved')`;
  const rows = await db
    .select({
      id: jobFairs.id,
      title: jobFairs.title,
      startsAt: jobFairs.startsAt,
      endsAt: jobFairs.endsAt,
      location: jobFairs.location,
      companyCount,
    })
    .from(jobFairs)
    .where(where)
    .orderBy(asc(jobFairs.startsAt), asc(jobFairs.id))
    .offset(options.offset)
    .limit(options.limit);
  const [total] = await db.select({ n: count() }).from(jobFairs).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function selectApprovedBrochures(
  db: Executor,
  options: { universityId: string; offset: number; limit: number },
) {
  const where = and(
    eq(brochurePublications.universityId, options.universityId),
    isNotNull(brochurePublications.approvedVersionId),
    isNull(brochurePublications.withdrawnAt),
  );
  const rows = await db
    .select({
      publicationId: brochurePublications.id,
      title: brochureVersions.title,
      companyId: companies.id,
      companyName: companies.name,
      approvedAt: brochurePublications.approvedAt,
      createdAt: brochurePublications.createdAt,
    })
    .from(brochurePublications)
    .innerJoin(brochureVersions, eq(brochureVersions.id, brochurePublications.approvedVersionId))
    .innerJoin(companies, eq(companies.id, brochurePublications.companyId))
    .where(where)
    .orderBy(desc(brochurePublications.approvedAt), desc(brochurePublications.id))
    .offset(options.offset)
    .limit(options.limit);
  const [total] = await db.select({ n: count() }).from(brochurePublications).where(where);
  return { rows, total: total?.n ?? 0 };
}

// ---- sign-ups ----

const signupColumns = {
  id: presentationSignups.id,
  presentationId: presentationSignups.presentationId,
  seekerAccountId: presentationSignups.seekerAccountId,
  checkedInAt: presentationSignups.checkedInAt,
  cancelledAt: presentationSignups.cancelledAt,
  createdAt: presentationSignups.createdAt,
};

/** The seeker's sign-ups for these presentations (one each at most). */
export async function findSeekerSignups(db: Executor, seekerAccountId: string, presentationIds: string[]) {
  if (presentationIds.length === 0) return [];
  return db
    .select(signupColumns)
    .from(presentationSignups)
    .where(
      and(
        eq(presentationSignups.seekerAccountId, seekerAccountId),
        inArray(presentationSignups.presentationId, presentationIds),
      ),
    );
}

/**
 * 报名's seat: one guarded UPDATE, so concurrent sign-ups never pass the capacity (the check
 * constraint `signup_count <= capacity` backs it). Undefined when full, closed or not approved.
 */
export async function claimSeat(tx: Executor, presentationId: string, now: Date) {
  const [row] = await tx
    .update(presentations)
    .set({ signupCount: sql`${presentations.signupCount} + 1` })
    .where(
      and(
        eq(presentations.id, presentationId),
        eq(presentations.state, 'approved'),
        gt(presentations.startsAt, now),
        lt(presentations.signupCount, presentations.capacity),
      ),
    )
    .returning({ id: presentations.id, signupCount: presentations.signupCount });
  return row;
}

export async function releaseSeat(tx: Executor, presentationId: string) {
  await tx
    .update(presentations)
    .set({ signupCount: sql`${presentations.signupCount} - 1` })
    .where(and(eq(presentations.id, presentationId), gt(presentations.signupCount, 0)));
}

/** A new sign-up; undefined when the student has one for the presentation already (the unique index). */
export async function insertSignup(tx: Executor, values: typeof presentationSignups.$inferInsert) {
  const [row] = await tx
    .insert(presentationSignups)
    .values(values)
    .onConflictDoNothing({
      target: [presentationSignups.presentationId, presentationSignups.seekerAccountId],
    })
    .returning(signupColumns);
  return row;
}

/** The stored states as column conditions: `WHERE` guards from the machine's `sources(event)`. */
function signupIn(states: readonly SignupState[]) {
  const conditions = states.map((state) =>
    state === 'checked_in'
      ? isNotNull(presentationSignups.checkedInAt)
      : state === 'cancelled'
        ? and(isNull(presentationSignups.checkedInAt), isNotNull(presentationSignups.cancelledAt))
        : and(isNull(presentationSignups.checkedInAt), isNull(presentationSignups.cancelledAt)),
  );
  return conditions.length === 1 ? conditions[0] : sql`(${sql.join(conditions, sql` or `)})`;
}

export async function updateSignupState(
  tx: Executor,
  signupId: string,
  from: readonly SignupState[],
  set: Partial<Pick<typeof presentationSignups.$inferInsert, 'cancelledAt' | 'checkedInAt' | 'checkedInBy'>>,
) {
  const [row] = await tx
    .update(presentationSignups)
    .set(set)
    .where(and(eq(presentationSignups.id, signupId), signupIn(from)))
    .returning(signupColumns);
  return row;
}

/** The seeker's own sign-up with its presentation, locked. */
export async function lockOwnSignup(tx: Executor, signupId: string, seekerAccountId: string) {
  const [row] = await tx
    .select({ ...signupColumns, startsAt: presentations.startsAt })
    .from(presentationSignups)
    .innerJoin(presentations, eq(presentations.id, presentationSignups.presentationId))
    .where(
      and(eq(presentationSignups.id, signupId), eq(presentationSignups.seekerAccountId, seekerAccountId)),
    )
    .for('update', { of: presentationSignups });
  return row;
}

const mySignupColumns = {
  ...signupColumns,
  presentationTitle: presentations.title,
  presentationState: presentations.state,
  startsAt: presentations.startsAt,
  endsAt: presentations.endsAt,
  companyName: companies.name,
  universityName: universities.name,
  venueName: venues.name,
  venueCampus: venues.campus,
};

function selectMySignups(db: Executor) {
  return db
    .select(mySignupColumns)
    .from(presentationSignups)
    .innerJoin(presentations, eq(presentations.id, presentationSignups.presentationId))
    .innerJoin(companies, eq(companies.id, presentations.companyId))
    .innerJoin(universities, eq(universities.id, presentations.universityId))
    .leftJoin(venues, eq(venues.id, presentations.venueId));
}
export type MySignupRow = NonNullable<Awaited<ReturnType<typeof findOwnSignup>>>;

export async function findOwnSignup(db: Executor, signupId: string, seekerAccountId: string) {
  const [row] = await selectMySignups(db).where(
    and(eq(presentationSignups.id, signupId), eq(presentationSignups.seekerAccountId, seekerAccountId)),
  );
  return row;
}

/** 我的报名: upcoming first (soonest), then past ones (latest first). */
export async function selectOwnSignups(
  db: Executor,
  options: { seekerAccountId: string; now: Date; offset: number; limit: number },
) {
  const where = eq(presentationSignups.seekerAccountId, options.seekerAccountId);
  const rows = await selectMySignups(db)
    .where(where)
    .orderBy(
      sql`case when ${presentations.endsAt} > ${options.now.toISOString()} then 0 else 1 end`,
      sql`case when ${presentations.endsAt} > ${options.now.toISOString()} then ${presentations.startsAt} end asc`,
      desc(presentations.startsAt),
      desc(presentationSignups.id),
    )
    .offset(options.offset)
    .limit(options.limit);
  const [total] = await db.select({ n: count() }).from(presentationSignups).where(where);
  return { rows, total: total?.n ?? 0 };
}

// ---- the door ----

/** The sign-up of a code at one university's presentations, locked; undefined for any other. */
export async function lockSignupByCode(tx: Executor, tokenHash: string, universityId: string) {
  const [row] = await tx
    .select({
      ...signupColumns,
      universityId: presentations.universityId,
      presentationTitle: presentations.title,
      presentationState: presentations.state,
      startsAt: presentations.startsAt,
      endsAt: presentations.endsAt,
      signupCount: presentations.signupCount,
      studentName: seekers.name,
    })
    .from(presentationSignups)
    .innerJoin(presentations, eq(presentations.id, presentationSignups.presentationId))
    .innerJoin(seekers, eq(seekers.accountId, presentationSignups.seekerAccountId))
    .where(
      and(eq(presentationSignups.checkinTokenHash, tokenHash), eq(presentations.universityId, universityId)),
    )
    .for('update', { of: presentationSignups });
  return row;
}

export async function countCheckedIn(db: Executor, presentationIds: string[]) {
  if (presentationIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ presentationId: presentationSignups.presentationId, n: count() })
    .from(presentationSignups)
    .where(
      and(
        inArray(presentationSignups.presentationId, presentationIds),
        isNotNull(presentationSignups.checkedInAt),
      ),
    )
    .groupBy(presentationSignups.presentationId);
  return new Map(rows.map((row) => [row.presentationId, row.n]));
}

/** A presentation's sign-ups for its university's staff: checked in first, then by sign-up time. */
export async function selectPresentationSignups(
  db: Executor,
  options: { presentationId: string; offset: number; limit: number },
) {
  const where = eq(presentationSignups.presentationId, options.presentationId);
  const rows = await db
    .select({ ...signupColumns, studentName: seekers.name })
    .from(presentationSignups)
    .innerJoin(seekers, eq(seekers.accountId, presentationSignups.seekerAccountId))
    .where(where)
    .orderBy(
      sql`${presentationSignups.checkedInAt} desc nulls last`,
      asc(presentationSignups.createdAt),
      asc(presentationSignups.id),
    )
    .offset(options.offset)
    .limit(options.limit);
  const [total] = await db.select({ n: count() }).from(presentationSignups).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** The students still signed up for a presentation (not cancelled), for the notices of a change. */
export async function findActiveSignups(db: Executor, presentationId: string) {
  return db
    .select({ id: presentationSignups.id, seekerAccountId: presentationSignups.seekerAccountId })
    .from(presentationSignups)
    .where(
      and(eq(presentationSignups.presentationId, presentationId), isNull(presentationSignups.cancelledAt)),
    );
}
