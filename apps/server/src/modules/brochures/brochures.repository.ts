import { and, count, desc, eq, inArray, isNotNull, isNull, like, max, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  accounts,
  brochurePublications,
  brochures,
  brochureVersions,
  companies,
  jobs,
  reviewRequests,
  storedFiles,
  universities,
} from '../../db/schema';
import type { PageWindow } from '../../lib/paging';

// All SQL of 招聘简章: the drafts, their versions sent for review, and each university's publication
// (the approved version shown, the pending one under review).

export type BrochureRow = typeof brochures.$inferSelect;
export type BrochureVersionRow = typeof brochureVersions.$inferSelect;
export type PublicationRow = typeof brochurePublications.$inferSelect;

const liveBrochure = (companyId: string, id: string) =>
  and(eq(brochures.id, id), eq(brochures.companyId, companyId), isNull(brochures.deletedAt));

export async function insertBrochure(tx: Executor, values: typeof brochures.$inferInsert) {
  const [row] = await tx.insert(brochures).values(values).returning();
  return row!;
}

export async function findBrochure(db: Executor, companyId: string, id: string) {
  const [row] = await db.select().from(brochures).where(liveBrochure(companyId, id));
  return row;
}

/** The company's brochure, locked: its edits, versions and publications happen one at a time. */
export async function lockBrochure(tx: Executor, companyId: string, id: string) {
  const [row] = await tx.select().from(brochures).where(liveBrochure(companyId, id)).for('update');
  return row;
}

export async function updateBrochure(
  tx: Executor,
  id: string,
  values: Partial<Pick<BrochureRow, 'title' | 'bodyHtml' | 'jobIds' | 'imageFileIds' | 'deletedAt'>>,
) {
  const [row] = await tx
    .update(brochures)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(brochures.id, id))
    .returning();
  return row!;
}

export async function findBrochurePage(db: Executor, companyId: string, window: PageWindow) {
  const where = and(eq(brochures.companyId, companyId), isNull(brochures.deletedAt));
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(brochures)
      .where(where)
      .orderBy(desc(brochures.updatedAt), desc(brochures.id))
      .limit(window.limit)
      .offset(window.offset),
    db.select({ n: count() }).from(brochures).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function latestVersionNumbers(db: Executor, brochureIds: string[]) {
  if (!brochureIds.length) return new Map<string, number>();
  const rows = await db
    .select({ brochureId: brochureVersions.brochureId, version: max(brochureVersions.version) })
    .from(brochureVersions)
    .where(inArray(brochureVersions.brochureId, brochureIds))
    .groupBy(brochureVersions.brochureId);
  return new Map(rows.map((row) => [row.brochureId, row.version ?? 0]));
}

export async function insertVersion(tx: Executor, values: typeof brochureVersions.$inferInsert) {
  const [row] = await tx.insert(brochureVersions).values(values).returning();
  return row!;
}

export async function findVersions(db: Executor, ids: string[]) {
  if (!ids.length) return [];
  return db.select().from(brochureVersions).where(inArray(brochureVersions.id, ids));
}

/** Each brochure's publications not withdrawn, with the university's name and the pending due date. */
export async function findPublicationsOf(db: Executor, brochureIds: string[]) {
  if (!brochureIds.length) return [];
  return db
    .select({
      publication: brochurePublications,
      universityName: universities.name,
      dueAt: reviewRequests.dueAt,
    })
    .from(brochurePublications)
    .innerJoin(universities, eq(universities.id, brochurePublications.universityId))
    .leftJoin(reviewRequests, eq(reviewRequests.id, brochurePublications.reviewRequestId))
    .where(
      and(inArray(brochurePublications.brochureId, brochureIds), isNull(brochurePublications.withdrawnAt)),
    )
    .orderBy(universities.name);
}

/** The brochure's publication at the university, locked (made when first sent there). */
export async function lockPublication(tx: Executor, brochureId: string, universityId: string) {
  const [row] = await tx
    .select()
    .from(brochurePublications)
    .where(
      and(
        eq(brochurePublications.brochureId, brochureId),
        eq(brochurePublications.universityId, universityId),
      ),
    )
    .for('update');
  return row;
}

export async function insertPublication(tx: Executor, values: typeof brochurePublications.$inferInsert) {
  const [row] = await tx.insert(brochurePublications).values(values).returning();
  return row!;
}

/**
 * 发布 at a university whose review slot is free (the publication machine's `submit` sources: no
 * pending version); a withdrawn publication starts over without its old approval.
 */
export async function submitPublication(
  tx: Executor,
  id: string,
  values: { pendingVersionId: string; reviewRequestId: string; restart: boolean },
) {
  const [row] = await tx
    .update(brochurePublications)
    .set({
      pendingVersionId: values.pendingVersionId,
      reviewRequestId: values.reviewRequestId,
      rejectReason: null,
      ...(values.restart ? { withdrawnAt: null, approvedVersionId: null, approvedAt: null } : {}),
      updatedAt: new Date(),
    })
    .where(and(eq(brochurePublications.id, id), isNull(brochurePublications.pendingVersionId)))
    .returning();
  return row;
}

const pendingAt = (brochureId: string, universityId: string, versionId: string) =>
  and(
    eq(brochurePublications.brochureId, brochureId),
    eq(brochurePublications.universityId, universityId),
    eq(brochurePublications.pendingVersionId, versionId),
    isNull(brochurePublications.withdrawnAt),
  );

/** The university approved the pending version: it becomes the one shown (guarded: still pending). */
export async function approvePendingVersion(
  tx: Executor,
  where: { brochureId: string; universityId: string; versionId: string },
  at: Date,
) {
  const [row] = await tx
    .update(brochurePublications)
    .set({
      approvedVersionId: where.versionId,
      approvedAt: at,
      pendingVersionId: null,
      rejectReason: null,
      updatedAt: at,
    })
    .where(pendingAt(where.brochureId, where.universityId, where.versionId))
    .returning();
  return row;
}

/** The university turned the pending version down: the approved one (if any) stays shown. */
export async function rejectPendingVersion(
  tx: Executor,
  where: { brochureId: string; universityId: string; versionId: string },
  reason: string,
) {
  const [row] = await tx
    .update(brochurePublications)
    .set({ pendingVersionId: null, rejectReason: reason, updatedAt: new Date() })
    .where(pendingAt(where.brochureId, where.universityId, where.versionId))
    .returning();
  return row;
}

/** A deleted brochure is no longer shown anywhere; pending reviews find it withdrawn. */
export async function withdrawPublications(tx: Executor, brochureId: string, at: Date) {
  await tx
    .update(brochurePublications)
    .set({ withdrawnAt: at, updatedAt: at })
    .where(and(eq(brochurePublications.brochureId, brochureId), isNull(brochurePublications.withdrawnAt)));
}

export async function findCompanyJobs(db: Executor, companyId: string, jobIds: string[]) {
  if (!jobIds.length) return [];
  return db
    .select({ id: jobs.id, title: jobs.title, state: jobs.state })
    .from(jobs)
    .where(and(eq(jobs.companyId, companyId), inArray(jobs.id, jobIds)));
}

/** Pictures uploaded by the company's people (the brochure images they may attach). */
export async function findCompanyImages(db: Executor, companyId: string, fileIds: string[]) {
  if (!fileIds.length) return [];
  return db
    .select({ id: storedFiles.id, storageKey: storedFiles.storageKey, contentType: storedFiles.contentType })
    .from(storedFiles)
    .innerJoin(accounts, eq(accounts.id, storedFiles.ownerAccountId))
    .where(
      and(
        inArray(storedFiles.id, fileIds),
        eq(accounts.companyId, companyId),
        like(storedFiles.contentType, 'image/%'),
      ),
    );
}

export async function findStoredFile(db: Executor, fileId: string) {
  const [row] = await db.select().from(storedFiles).where(eq(storedFiles.id, fileId));
  return row;
}

// The students' side: approved versions of brochures not deleted, of verified companies.

const shown = (extra?: SQL) =>
  and(
    isNotNull(brochurePublications.approvedVersionId),
    isNull(brochurePublications.withdrawnAt),
    isNull(brochures.deletedAt),
    eq(companies.verificationState, 'verified'),
    extra,
  );

const publicColumns = {
  publicationId: brochurePublications.id,
  approvedAt: brochurePublications.approvedAt,
  universityId: universities.id,
  universityName: universities.name,
  companyId: companies.id,
  companyName: companies.name,
  companyLogoFileId: companies.logoFileId,
  version: brochureVersions,
};

function publicQuery(db: Executor) {
  return db
    .select(publicColumns)
    .from(brochurePublications)
    .innerJoin(brochures, eq(brochures.id, brochurePublications.brochureId))
    .innerJoin(companies, eq(companies.id, brochurePublications.companyId))
    .innerJoin(universities, eq(universities.id, brochurePublications.universityId))
    .innerJoin(brochureVersions, eq(brochureVersions.id, brochurePublications.approvedVersionId));
}

export type PublicBrochureRow = NonNullable<Awaited<ReturnType<typeof findPublicBrochure>>>;

export async function findPublicBrochurePage(
  db: Executor,
  filter: { universityId?: string; companyId?: string },
  window: PageWindow,
) {
  const where = shown(
    and(
      filter.universityId ? eq(brochurePublications.universityId, filter.universityId) : undefined,
      filter.companyId ? eq(brochurePublications.companyId, filter.companyId) : undefined,
    ),
  );
  const [rows, [total]] = await Promise.all([
    publicQuery(db)
      .where(where)
      .orderBy(desc(brochurePublications.approvedAt), desc(brochurePublications.id))
      .limit(window.limit)
      .offset(window.offset),
    db
      .select({ n: count() })
      .from(brochurePublications)
      .innerJoin(brochures, eq(brochures.id, brochurePublications.brochureId))
      .innerJoin(companies, eq(companies.id, brochurePublications.companyId))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function findPublicBrochure(db: Executor, publicationId: string) {
  const [row] = await publicQuery(db).where(shown(eq(brochurePublications.id, publicationId)));
  return row;
}

export async function findRecruitingJobs(db: Executor, jobIds: string[]) {
  if (!jobIds.length) return [];
  return db
    .select({ id: jobs.id, title: jobs.title })
    .from(jobs)
    .where(and(inArray(jobs.id, jobIds), eq(jobs.state, 'recruiting')));
}
