import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  brochurePublications,
  brochureVersions,
  companies,
  jobFairBooths,
  jobFairRegistrations,
  jobFairs,
  presentationSignups,
  presentations,
  reviewRequests,
  seekers,
  venues,
} from '../../db/schema';
import { rowsOf } from '../../lib/sql-rows';

// All SQL of a university's 数据统计 and its Excel exports: every query names the university.

export interface MonthRange {
  universityId: string;
  /** The first instant of the first month (Shanghai), inclusive. */
  from: Date;
  /** The first instant after the last month, exclusive. */
  to: Date;
}

/** 'YYYY-MM' of a timestamptz in Shanghai (UTC+8 all year), the same on both engines. */
const shanghaiMonth = (column: SQL | unknown) =>
  sql<string>`to_char((${column} at time zone 'UTC') + interval '8 hours', 'YYYY-MM')`;

const within = (column: unknown, range: MonthRange) =>
  sql`${column} >= ${range.from.toISOString()} and ${column} < ${range.to.toISOString()}`;

type MonthCount = { month: string; n: number };

/** 入驻单位: the university's approved university_entry requests by the month they were decided. */
export async function countEntriesByMonth(db: Executor, range: MonthRange): Promise<MonthCount[]> {
  const month = shanghaiMonth(reviewRequests.decidedAt);
  return db
    .select({ month, n: sql<number>`count(*)::int` })
    .from(reviewRequests)
    .where(
      and(
        eq(reviewRequests.kind, 'university_entry'),
        eq(reviewRequests.reviewerUniversityId, range.universityId),
        eq(reviewRequests.state, 'approved'),
        within(reviewRequests.decidedAt, range),
      ),
    )
    .groupBy(month);
}

const approvedPresentationsIn = (range: MonthRange) =>
  and(
    eq(presentations.universityId, range.universityId),
    eq(presentations.state, 'approved'),
    within(presentations.startsAt, range),
  );

export async function countPresentationsByMonth(db: Executor, range: MonthRange): Promise<MonthCount[]> {
  const month = shanghaiMonth(presentations.startsAt);
  return db
    .select({ month, n: sql<number>`count(*)::int` })
    .from(presentations)
    .where(approvedPresentationsIn(range))
    .groupBy(month);
}

export async function countFairsByMonth(db: Executor, range: MonthRange): Promise<MonthCount[]> {
  const month = shanghaiMonth(jobFairs.startsAt);
  return db
    .select({ month, n: sql<number>`count(*)::int` })
    .from(jobFairs)
    .where(
      and(
        eq(jobFairs.universityId, range.universityId),
        eq(jobFairs.state, 'published'),
        within(jobFairs.startsAt, range),
      ),
    )
    .groupBy(month);
}

/** 报名人次 (not cancelled) and 签到人次 of the presentations of each month. */
export async function countSignupsByMonth(db: Executor, range: MonthRange) {
  const month = shanghaiMonth(presentations.startsAt);
  return db
    .select({
      month,
      signedUp: sql<number>`(count(*) filter (where ${presentationSignups.cancelledAt} is null))::int`,
      checkedIn: sql<number>`(count(*) filter (where ${presentationSignups.checkedInAt} is not null))::int`,
    })
    .from(presentationSignups)
    .innerJoin(presentations, eq(presentations.id, presentationSignups.presentationId))
    .where(approvedPresentationsIn(range))
    .groupBy(month);
}

/**
 * 提供岗位: distinct jobs named by the month's approved presentations, approved fair registrations
 * (by the fair's month) and brochures approved in the month; `month` null is the whole range.
 */
export async function countJobsByMonth(db: Executor, range: MonthRange) {
  const from = range.from.toISOString();
  const to = range.to.toISOString();
  const month = (column: SQL) => sql`to_char((${column} at time zone 'UTC') + interval '8 hours', 'YYYY-MM')`;
  const offered = sql`
    select ${month(sql`p.starts_at`)} as month, j.value as job_id
      from presentations p cross join lateral jsonb_array_elements_text(p.job_ids) as j(value)
     where p.university_id = ${range.universityId} and p.state = 'approved'
       and p.starts_at >= ${from} and p.starts_at < ${to}
    union
    select ${month(sql`f.starts_at`)}, j.value
      from job_fair_registrations r join job_fairs f on f.id = r.fair_id
      cross join lateral jsonb_array_elements_text(r.job_ids) as j(value)
     where r.university_id = ${range.universityId} and r.state = 'approved' and f.state = 'published'
       and f.starts_at >= ${from} and f.starts_at < ${to}
    union
    select ${month(sql`bp.approved_at`)}, j.value
      from brochure_publications bp join brochure_versions v on v.id = bp.approved_version_id
      cross join lateral jsonb_array_elements_text(v.job_ids) as j(value)
     where bp.university_id = ${range.universityId} and bp.withdrawn_at is null
       and bp.approved_at >= ${from} and bp.approved_at < ${to}`;
  const byMonth = rowsOf<{ month: string; n: number | string }>(
    await db.execute(sql`select month, count(distinct job_id) as n from (${offered}) o group by month`),
  );
  const [total] = rowsOf<{ n: number | string }>(
    await db.execute(sql`select count(distinct job_id) as n from (${offered}) o`),
  );
  return {
    months: byMonth.map((row) => ({ month: row.month, n: Number(row.n) })),
    total: Number(total?.n ?? 0),
  };
}

// ---- the lists exported ----

/** 入驻单位: companies whose newest entry request at the university is approved. */
export async function findEnteredCompanyRows(db: Executor, universityId: string) {
  return db
    .selectDistinctOn([reviewRequests.subjectId], {
      companyId: reviewRequests.subjectId,
      companyName: companies.name,
      companyCode: companies.code,
      industry: companies.industry,
      state: reviewRequests.state,
      decidedAt: reviewRequests.decidedAt,
      createdAt: reviewRequests.createdAt,
    })
    .from(reviewRequests)
    .innerJoin(companies, eq(companies.id, reviewRequests.subjectId))
    .where(
      and(eq(reviewRequests.kind, 'university_entry'), eq(reviewRequests.reviewerUniversityId, universityId)),
    )
    .orderBy(reviewRequests.subjectId, desc(reviewRequests.createdAt), desc(reviewRequests.id));
}

export async function findPresentationRows(db: Executor, universityId: string) {
  const checkedIn = sql<number>`(select count(*)::int from ${presentationSignups}
    where ${presentationSignups.presentationId} = ${presentations.id} and ${presentationSignups.checkedInAt} is not null)`;
  return db
    .select({
      id: presentations.id,
      title: presentations.title,
      companyName: companies.name,
      state: presentations.state,
      startsAt: presentations.startsAt,
      endsAt: presentations.endsAt,
      venueName: venues.name,
      venueCampus: venues.campus,
      capacity: presentations.capacity,
      signupCount: presentations.signupCount,
      checkedIn,
      contactName: presentations.contactName,
      jobCount: sql<number>`jsonb_array_length(${presentations.jobIds})`,
      createdAt: presentations.createdAt,
    })
    .from(presentations)
    .innerJoin(companies, eq(companies.id, presentations.companyId))
    .leftJoin(venues, eq(venues.id, presentations.venueId))
    .where(eq(presentations.universityId, universityId))
    .orderBy(sql`${presentations.startsAt} desc nulls last`, desc(presentations.createdAt));
}

export async function findFairRows(db: Executor, universityId: string) {
  const approved = sql<number>`(select count(*)::int from ${jobFairRegistrations}
    where ${jobFairRegistrations.fairId} = ${jobFairs.id} and ${jobFairRegistrations.state} = 'approved')`;
  return db
    .select({
      id: jobFairs.id,
      title: jobFairs.title,
      startsAt: jobFairs.startsAt,
      endsAt: jobFairs.endsAt,
      location: jobFairs.location,
      registrationOpensAt: jobFairs.registrationOpensAt,
      registrationClosesAt: jobFairs.registrationClosesAt,
      capacity: jobFairs.capacity,
      registeredCount: jobFairs.registeredCount,
      approved,
      state: jobFairs.state,
    })
    .from(jobFairs)
    .where(eq(jobFairs.universityId, universityId))
    .orderBy(desc(jobFairs.startsAt), desc(jobFairs.id));
}

export async function findUniversityFair(db: Executor, universityId: string, fairId: string) {
  const [row] = await db
    .select({ id: jobFairs.id, title: jobFairs.title, boothKinds: jobFairs.boothKinds })
    .from(jobFairs)
    .where(and(eq(jobFairs.id, fairId), eq(jobFairs.universityId, universityId)));
  return row;
}

export async function findFairRegistrationRows(db: Executor, fairId: string) {
  return db
    .select({
      companyName: companies.name,
      companyCode: companies.code,
      boothKind: jobFairRegistrations.boothKind,
      boothCode: jobFairBooths.code,
      state: jobFairRegistrations.state,
      contacts: jobFairRegistrations.contacts,
      jobCount: sql<number>`jsonb_array_length(${jobFairRegistrations.jobIds})`,
      rejectReason: jobFairRegistrations.rejectReason,
      createdAt: jobFairRegistrations.createdAt,
    })
    .from(jobFairRegistrations)
    .innerJoin(companies, eq(companies.id, jobFairRegistrations.companyId))
    .leftJoin(jobFairBooths, eq(jobFairBooths.id, jobFairRegistrations.boothId))
    .where(eq(jobFairRegistrations.fairId, fairId))
    .orderBy(asc(jobFairRegistrations.createdAt), asc(jobFairRegistrations.id));
}

export async function findBrochureRows(db: Executor, universityId: string) {
  return db
    .select({
      title: sql<string>`coalesce(${brochureVersions.title}, '')`,
      companyName: companies.name,
      approvedAt: brochurePublications.approvedAt,
      pending: sql<boolean>`${brochurePublications.pendingVersionId} is not null`,
      rejectReason: brochurePublications.rejectReason,
      withdrawnAt: brochurePublications.withdrawnAt,
      jobCount: sql<number>`coalesce(jsonb_array_length(${brochureVersions.jobIds}), 0)`,
      createdAt: brochurePublications.createdAt,
    })
    .from(brochurePublications)
    .innerJoin(companies, eq(companies.id, brochurePublications.companyId))
    .leftJoin(
      brochureVersions,
      sql`${brochureVersions.id} = coalesce(${brochurePublications.approvedVersionId}, ${brochurePublications.pendingVersionId})`,
    )
    .where(eq(brochurePublications.universityId, universityId))
    .orderBy(desc(brochurePublications.createdAt), desc(brochurePublications.id));
}

export async function findUniversityPresentationTitle(
  db: Executor,
  universityId: string,
  presentationId: string,
) {
  const [row] = await db
    .select({ id: presentations.id, title: presentations.title, endsAt: presentations.endsAt })
    .from(presentations)
    .where(and(eq(presentations.id, presentationId), eq(presentations.universityId, universityId)));
  return row;
}

export async function findSignupRows(db: Executor, presentationId: string) {
  return db
    .select({
      name: seekers.name,
      createdAt: presentationSignups.createdAt,
      cancelledAt: presentationSignups.cancelledAt,
      checkedInAt: presentationSignups.checkedInAt,
    })
    .from(presentationSignups)
    .innerJoin(seekers, eq(seekers.accountId, presentationSignups.seekerAccountId))
    .where(eq(presentationSignups.presentationId, presentationId))
    .orderBy(asc(presentationSignups.createdAt), asc(presentationSignups.id));
}
