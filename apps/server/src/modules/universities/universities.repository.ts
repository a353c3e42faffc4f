import { and, asc, desc, eq, gt, isNotNull, isNull, max } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  brochurePublications,
  brochureVersions,
  companies,
  jobFairs,
  presentations,
  reviewRequests,
  storedFiles,
  universities,
  venues,
} from '../../db/schema';

// All SQL of 高校信息 and the public university page.

export type UniversityRow = typeof universities.$inferSelect;

export async function findUniversity(db: Executor, universityId: string): Promise<UniversityRow | undefined> {
  const [row] = await db.select().from(universities).where(eq(universities.id, universityId));
  return row;
}

/** The university locked until the transaction ends: its profile changes one save at a time. */
export async function lockUniversity(db: Executor, universityId: string): Promise<UniversityRow | undefined> {
  const [row] = await db.select().from(universities).where(eq(universities.id, universityId)).for('update');
  return row;
}

export async function updateUniversity(
  db: Executor,
  universityId: string,
  values: Partial<
    Pick<
      UniversityRow,
      'logoFileId' | 'address' | 'campuses' | 'contactName' | 'contactPhone' | 'contactEmail' | 'introduction'
    >
  >,
): Promise<UniversityRow> {
  const [row] = await db
    .update(universities)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(universities.id, universityId))
    .returning();
  return row!;
}

/**
 * 已入驻单位: verified companies whose 入驻 request to the university was approved (the review
 * engine's `university_entry` kind, decided by the university), newest entry first.
 */
export async function findEnteredCompanies(db: Executor, universityId: string, limit: number) {
  const enteredAt = max(reviewRequests.decidedAt);
  return db
    .select({ id: companies.id, name: companies.name, logoFileId: companies.logoFileId, enteredAt })
    .from(reviewRequests)
    .innerJoin(companies, eq(companies.id, reviewRequests.subjectId))
    .where(
      and(
        // A string, not the kinds' type: the list works before and after the kind exists.
        eq(reviewRequests.kind, 'university_entry' as typeof reviewRequests.$inferSelect.kind),
        eq(reviewRequests.state, 'approved'),
        eq(reviewRequests.reviewerUniversityId, universityId),
        eq(companies.verificationState, 'verified'),
      ),
    )
    .groupBy(companies.id)
    .orderBy(desc(enteredAt), asc(companies.id))
    .limit(limit);
}

export async function findStoredFile(db: Executor, fileId: string) {
  const [row] = await db.select().from(storedFiles).where(eq(storedFiles.id, fileId));
  return row;
}

/** Deletes the rows and returns their storage keys, for removal once the transaction has committed. */
export async function deleteStoredFile(db: Executor, fileId: string): Promise<string[]> {
  const rows = await db
    .delete(storedFiles)
    .where(eq(storedFiles.id, fileId))
    .returning({ key: storedFiles.storageKey });
  return rows.map((row) => row.key);
}

// ---- the public page's campus lists (issue 11 §1): read from the campus tables directly ----

/** Upcoming (not yet ended) approved presentations at the university, soonest first. */
export async function findUpcomingPresentations(
  db: Executor,
  universityId: string,
  now: Date,
  limit: number,
) {
  return db
    .select({
      id: presentations.id,
      title: presentations.title,
      companyName: companies.name,
      startsAt: presentations.startsAt,
      venueName: venues.name,
      venueCampus: venues.campus,
    })
    .from(presentations)
    .innerJoin(companies, eq(companies.id, presentations.companyId))
    .leftJoin(venues, eq(venues.id, presentations.venueId))
    .where(
      and(
        eq(presentations.universityId, universityId),
        eq(presentations.state, 'approved'),
        isNotNull(presentations.startsAt),
        gt(presentations.endsAt, now),
      ),
    )
    .orderBy(asc(presentations.startsAt), asc(presentations.id))
    .limit(limit);
}

/** Upcoming published fairs of the university, soonest first. */
export async function findUpcomingFairs(db: Executor, universityId: string, now: Date, limit: number) {
  return db
    .select({
      id: jobFairs.id,
      title: jobFairs.title,
      startsAt: jobFairs.startsAt,
      location: jobFairs.location,
    })
    .from(jobFairs)
    .where(
      and(eq(jobFairs.universityId, universityId), eq(jobFairs.state, 'published'), gt(jobFairs.endsAt, now)),
    )
    .orderBy(asc(jobFairs.startsAt), asc(jobFairs.id))
    .limit(limit);
}

/** Brochures approved at the university (their approved version), newest first. */
export async function findApprovedBrochures(db: Executor, universityId: string, limit: number) {
  return db
    .select({
      publicationId: brochurePublications.id,
      title: brochureVersions.title,
      companyName: companies.name,
      approvedAt: brochurePublications.approvedAt,
      createdAt: brochurePublications.createdAt,
    })
    .from(brochurePublications)
    .innerJoin(brochureVersions, eq(brochureVersions.id, brochurePublications.approvedVersionId))
    .innerJoin(companies, eq(companies.id, brochurePublications.companyId))
    .where(and(eq(brochurePublications.universityId, universityId), isNull(brochurePublications.withdrawnAt)))
    .orderBy(desc(brochurePublications.approvedAt), desc(brochurePublications.id))
    .limit(limit);
}
