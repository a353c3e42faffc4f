import type { CloudPresentationTargetState } from '@openrecruit/shared';
import { and, count, desc, eq, exists, getTableColumns, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  cloudPresentations,
  cloudPresentationTargets,
  companies,
  jobs,
  reviewRequests,
  storedFiles,
  universities,
} from '../../db/schema';
import type { PageWindow } from '../../lib/paging';

// All SQL of 云宣讲: the applications, their per-university targets, and the uploaded files.

export type CloudPresentationRow = typeof cloudPresentations.$inferSelect & { companyName: string };
export type CloudPresentationTargetRow = typeof cloudPresentationTargets.$inferSelect;

const withCompany = { ...getTableColumns(cloudPresentations), companyName: companies.name };

/** Approved at some university and not withdrawn: what anyone may watch. */
const approvedSomewhere = (db: Executor) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(cloudPresentationTargets)
      .where(
        and(
          eq(cloudPresentationTargets.presentationId, cloudPresentations.id),
          eq(cloudPresentationTargets.state, 'approved'),
        ),
      ),
  );

export async function findPublishedJobs(db: Executor, companyId: string, ids: string[]) {
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

// ---- files ----

export async function insertStoredFile(db: Executor, values: typeof storedFiles.$inferInsert) {
  const [row] = await db.insert(storedFiles).values(values).returning();
  return row!;
}

export async function findStoredFile(db: Executor, id: string) {
  const [row] = await db.select().from(storedFiles).where(eq(storedFiles.id, id));
  return row;
}

/** A file some 云宣讲 already shows (a file is used once). */
export async function isFileUsed(db: Executor, fileId: string) {
  const [row] = await db
    .select({ id: cloudPresentations.id })
    .from(cloudPresentations)
    .where(
      or(
        eq(cloudPresentations.videoFileId, fileId),
        eq(cloudPresentations.posterFileId, fileId),
        eq(cloudPresentations.recordingFileId, fileId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

// ---- presentations ----

export async function insertCloudPresentation(db: Executor, values: typeof cloudPresentations.$inferInsert) {
  const [row] = await db.insert(cloudPresentations).values(values).returning();
  return row!;
}

export async function findCloudPresentation(
  db: Executor,
  id: string,
): Promise<CloudPresentationRow | undefined> {
  const [row] = await db
    .select(withCompany)
    .from(cloudPresentations)
    .innerJoin(companies, eq(companies.id, cloudPresentations.companyId))
    .where(eq(cloudPresentations.id, id));
  return row;
}

export async function lockCloudPresentation(tx: Executor, id: string, companyId: string) {
  const [row] = await tx
    .select()
    .from(cloudPresentations)
    .where(and(eq(cloudPresentations.id, id), eq(cloudPresentations.companyId, companyId)))
    .for('update');
  return row;
}

export async function markCloudPresentationWithdrawn(tx: Executor, id: string, now: Date) {
  await tx
    .update(cloudPresentations)
    .set({ withdrawnAt: now, updatedAt: now })
    .where(and(eq(cloudPresentations.id, id), isNull(cloudPresentations.withdrawnAt)));
}

export async function selectCompanyCloudPresentations(db: Executor, companyId: string, window: PageWindow) {
  const where = eq(cloudPresentations.companyId, companyId);
  const [rows, [total]] = await Promise.all([
    db
      .select(withCompany)
      .from(cloudPresentations)
      .innerJoin(companies, eq(companies.id, cloudPresentations.companyId))
      .where(where)
      .orderBy(desc(cloudPresentations.createdAt), desc(cloudPresentations.id))
      .limit(window.limit)
      .offset(window.offset),
    db.select({ total: count() }).from(cloudPresentations).where(where),
  ]);
  return { rows, total: total?.total ?? 0 };
}

/** The presentations approved at a university (its students' 云宣讲), the newest time first. */
export async function selectApprovedAtUniversity(db: Executor, universityId: string, window: PageWindow) {
  const where = and(
    isNull(cloudPresentations.withdrawnAt),
    exists(
      db
        .select({ one: sql`1` })
        .from(cloudPresentationTargets)
        .where(
          and(
            eq(cloudPresentationTargets.presentationId, cloudPresentations.id),
            eq(cloudPresentationTargets.universityId, universityId),
            eq(cloudPresentationTargets.state, 'approved'),
          ),
        ),
    ),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select(withCompany)
      .from(cloudPresentations)
      .innerJoin(companies, eq(companies.id, cloudPresentations.companyId))
      .where(where)
      .orderBy(desc(cloudPresentations.startsAt), desc(cloudPresentations.id))
      .limit(window.limit)
      .offset(window.offset),
    db.select({ total: count() }).from(cloudPresentations).where(where),
  ]);
  return { rows, total: total?.total ?? 0 };
}

/** A presentation anyone may see: approved at some university and not withdrawn. */
export async function findPublicCloudPresentation(db: Executor, id: string) {
  const [row] = await db
    .select(withCompany)
    .from(cloudPresentations)
    .innerJoin(companies, eq(companies.id, cloudPresentations.companyId))
    .where(and(eq(cloudPresentations.id, id), isNull(cloudPresentations.withdrawnAt), approvedSomewhere(db)));
  return row;
}

// ---- targets (one per university) ----

export async function insertTarget(tx: Executor, values: typeof cloudPresentationTargets.$inferInsert) {
  const [row] = await tx.insert(cloudPresentationTargets).values(values).returning();
  return row!;
}

export async function setTargetReviewRequest(tx: Executor, targetId: string, reviewRequestId: string) {
  await tx
    .update(cloudPresentationTargets)
    .set({ reviewRequestId })
    .where(eq(cloudPresentationTargets.id, targetId));
}

export async function lockTarget(tx: Executor, id: string) {
  const [row] = await tx
    .select()
    .from(cloudPresentationTargets)
    .where(eq(cloudPresentationTargets.id, id))
    .for('update');
  return row;
}

export async function findTarget(db: Executor, presentationId: string, universityId: string) {
  const [row] = await db
    .select()
    .from(cloudPresentationTargets)
    .where(
      and(
        eq(cloudPresentationTargets.presentationId, presentationId),
        eq(cloudPresentationTargets.universityId, universityId),
      ),
    );
  return row;
}

/** Guarded move: only from the machine's source states; undefined when another request moved it first. */
export async function moveTarget(
  tx: Executor,
  id: string,
  from: readonly CloudPresentationTargetState[],
  values: Partial<typeof cloudPresentationTargets.$inferInsert>,
) {
  const [row] = await tx
    .update(cloudPresentationTargets)
    .set(values)
    .where(and(eq(cloudPresentationTargets.id, id), inArray(cloudPresentationTargets.state, [...from])))
    .returning();
  return row;
}

export async function findTargetsWithNames(db: Executor, presentationIds: string[]) {
  if (presentationIds.length === 0) return [];
  return db
    .select({
      presentationId: cloudPresentationTargets.presentationId,
      universityId: cloudPresentationTargets.universityId,
      universityName: universities.name,
      state: cloudPresentationTargets.state,
      rejectReason: cloudPresentationTargets.rejectReason,
      decidedAt: cloudPresentationTargets.decidedAt,
      reviewRequestId: cloudPresentationTargets.reviewRequestId,
      id: cloudPresentationTargets.id,
    })
    .from(cloudPresentationTargets)
    .innerJoin(universities, eq(universities.id, cloudPresentationTargets.universityId))
    .where(inArray(cloudPresentationTargets.presentationId, presentationIds))
    .orderBy(cloudPresentationTargets.createdAt, universities.name);
}

/** A university's view of what was sent to it, by state, the newest submission first. */
export async function selectUniversityTargets(
  db: Executor,
  universityId: string,
  state: CloudPresentationTargetState,
  window: PageWindow,
) {
  const where = and(
    eq(cloudPresentationTargets.universityId, universityId),
    eq(cloudPresentationTargets.state, state),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ presentation: withCompany, target: cloudPresentationTargets })
      .from(cloudPresentationTargets)
      .innerJoin(cloudPresentations, eq(cloudPresentations.id, cloudPresentationTargets.presentationId))
      .innerJoin(companies, eq(companies.id, cloudPresentations.companyId))
      .where(where)
      .orderBy(desc(cloudPresentationTargets.createdAt), desc(cloudPresentationTargets.id))
      .limit(window.limit)
      .offset(window.offset),
    db.select({ total: count() }).from(cloudPresentationTargets).where(where),
  ]);
  return { rows, total: total?.total ?? 0 };
}

/** Flags a pending review request (the engine has no withdraw): its drawer says 已撤回, 请驳回. */
export async function flagReviewWithdrawn(tx: Executor, reviewRequestIds: string[], at: Date) {
  if (reviewRequestIds.length === 0) return;
  await tx
    .update(reviewRequests)
    .set({
      payload: sql`${reviewRequests.payload} || jsonb_build_object('withdrawnAt', ${at.toISOString()}::text)`,
    })
    .where(and(inArray(reviewRequests.id, reviewRequestIds), eq(reviewRequests.state, 'pending')));
}

/** The uploaded file, locked: two applications naming it at once take it one after the other. */
export async function lockStoredFile(tx: Executor, id: string) {
  const [row] = await tx.select().from(storedFiles).where(eq(storedFiles.id, id)).for('update');
  return row;
}
