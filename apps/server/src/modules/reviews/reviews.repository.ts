import type { ReviewKind, ReviewState } from '@openrecruit/shared';
import { and, count, desc, eq, inArray, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { accounts, companies, reviewRequests, storedFiles } from '../../db/schema';
import type { PageWindow } from '../../lib/paging';
import type { ReviewerScope } from './review-kind';

// All SQL of the review engine's requests: the queue, one request, its files, the decision.

export type ReviewRequestRow = typeof reviewRequests.$inferSelect;

/** A reviewer sees their own queue only: the platform's, or their university's. */
export function reviewerIs(scope: ReviewerScope): SQL {
  return scope.reviewerKind === 'platform'
    ? and(eq(reviewRequests.reviewerKind, 'platform'), isNull(reviewRequests.reviewerUniversityId))!
    : and(
        eq(reviewRequests.reviewerKind, 'university'),
        eq(reviewRequests.reviewerUniversityId, scope.universityId),
      )!;
}

/** The requests pointing at a file (a kind's files are its payload's `fileIds`). */
export function pointsAtFile(fileId: string): SQL {
  return sql`${reviewRequests.payload} -> 'fileIds' @> ${JSON.stringify([fileId])}::jsonb`;
}

export interface ReviewFilter {
  scope: ReviewerScope;
  kind?: ReviewKind;
  state?: ReviewState;
  id?: string;
}

function whereOf(filter: ReviewFilter): SQL | undefined {
  return and(
    reviewerIs(filter.scope),
    filter.kind ? eq(reviewRequests.kind, filter.kind) : undefined,
    filter.state ? eq(reviewRequests.state, filter.state) : undefined,
    filter.id ? eq(reviewRequests.id, filter.id) : undefined,
  );
}

const decider = alias(accounts, 'decider');

/** Requests with their applicant, the applicant's company and the decider's name, newest first. */
export async function findReviewRequestRows(db: Executor, filter: ReviewFilter, window?: PageWindow) {
  const query = db
    .select({
      request: reviewRequests,
      applicant: { name: accounts.displayName, mobileMasked: accounts.mobileMasked },
      company: companies,
      deciderName: decider.displayName,
    })
    .from(reviewRequests)
    .innerJoin(accounts, eq(accounts.id, reviewRequests.applicantAccountId))
    .leftJoin(companies, eq(companies.id, reviewRequests.applicantCompanyId))
    .leftJoin(decider, eq(decider.id, reviewRequests.decidedBy))
    .where(whereOf(filter))
    .orderBy(desc(reviewRequests.createdAt), desc(reviewRequests.id));
  return window ? query.limit(window.limit).offset(window.offset) : query;
}
export type ReviewListRow = Awaited<ReturnType<typeof findReviewRequestRows>>[number];

export async function countReviewRequests(db: Executor, filter: ReviewFilter): Promise<number> {
  const [row] = await db.select({ total: count() }).from(reviewRequests).where(whereOf(filter));
  return row?.total ?? 0;
}

/** The request locked until the transaction ends: a request is decided once, by one reviewer. */
export async function lockReviewRequest(tx: Executor, filter: ReviewFilter & { id: string }) {
  const [row] = await tx.select().from(reviewRequests).where(whereOf(filter)).for('update');
  return row;
}

export async function markReviewDecided(
  tx: Executor,
  values: {
    id: string;
    from: readonly ReviewState[];
    to: ReviewState;
    decidedBy: string;
    reason: string | null;
  },
) {
  const [row] = await tx
    .update(reviewRequests)
    .set({ state: values.to, decidedBy: values.decidedBy, decidedAt: new Date(), reason: values.reason })
    .where(and(eq(reviewRequests.id, values.id), inArray(reviewRequests.state, [...values.from])))
    .returning();
  return row;
}

export async function updateReviewPayload(tx: Executor, id: string, payload: Record<string, unknown>) {
  await tx.update(reviewRequests).set({ payload }).where(eq(reviewRequests.id, id));
}

export async function insertReviewRequest(tx: Executor, values: typeof reviewRequests.$inferInsert) {
  const [row] = await tx.insert(reviewRequests).values(values).returning();
  return row!;
}

/** A pending request of a kind by the applicant, or about the subject (the one-pending rules). */
export async function findPendingReviewRequest(
  db: Executor,
  where: { kind: ReviewKind } & (
    | { applicantAccountId: string }
    | { subjectId: string; reviewerUniversityId?: string | null }
  ),
) {
  const [row] = await db
    .select({ id: reviewRequests.id })
    .from(reviewRequests)
    .where(
      and(
        eq(reviewRequests.kind, where.kind),
        eq(reviewRequests.state, 'pending'),
        'subjectId' in where
          ? eq(reviewRequests.subjectId, where.subjectId)
          : eq(reviewRequests.applicantAccountId, where.applicantAccountId),
        'subjectId' in where && where.reviewerUniversityId
          ? eq(reviewRequests.reviewerUniversityId, where.reviewerUniversityId)
          : undefined,
      ),
    )
    .limit(1);
  return row;
}

/** The applicant's newest request of a kind for their company (申请管理员's status). */
export async function findLatestReviewRequest(
  db: Executor,
  where: { kind: ReviewKind; applicantAccountId: string; applicantCompanyId: string },
) {
  const [row] = await db
    .select()
    .from(reviewRequests)
    .where(
      and(
        eq(reviewRequests.kind, where.kind),
        eq(reviewRequests.applicantAccountId, where.applicantAccountId),
        eq(reviewRequests.applicantCompanyId, where.applicantCompanyId),
      ),
    )
    .orderBy(desc(reviewRequests.createdAt))
    .limit(1);
  return row;
}

export async function isFileInAnyReviewRequest(db: Executor, fileId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: reviewRequests.id })
    .from(reviewRequests)
    .where(pointsAtFile(fileId))
    .limit(1);
  return row !== undefined;
}

/** A file some request of the reviewer's queue points at, or nothing. */
export async function findReviewFile(db: Executor, where: { fileId: string; scope: ReviewerScope }) {
  const [row] = await db
    .select({ file: storedFiles })
    .from(storedFiles)
    .innerJoin(reviewRequests, and(pointsAtFile(where.fileId), reviewerIs(where.scope)))
    .where(eq(storedFiles.id, where.fileId))
    .limit(1);
  return row?.file;
}

export async function findStoredFiles(db: Executor, fileIds: string[]) {
  if (!fileIds.length) return [];
  return db.select().from(storedFiles).where(inArray(storedFiles.id, fileIds));
}

/** The 单位管理员 of each company (one per company, by the accounts' unique index). */
export async function findCompanyAdmins(db: Executor, companyIds: string[]) {
  if (!companyIds.length) return [];
  return db
    .select({ id: accounts.id, companyId: accounts.companyId, name: accounts.displayName })
    .from(accounts)
    .where(and(inArray(accounts.companyId, companyIds), eq(accounts.companyRole, 'admin')));
}

/**
 * Claims the pending requests past their due date that were not yet notified: setting
 * `overdue_notified_at` in the same statement that finds them means two server instances running
 * the job at once notify each request once.
 */
export async function claimOverdueReviewRequests(db: Executor, now: Date) {
  return db
    .update(reviewRequests)
    .set({ overdueNotifiedAt: now })
    .where(
      and(
        eq(reviewRequests.state, 'pending'),
        lt(reviewRequests.dueAt, now),
        isNull(reviewRequests.overdueNotifiedAt),
      ),
    )
    .returning();
}

/** Who answers for a reviewer's queue: every active operator, or the university's active staff. */
export async function findReviewerAccounts(db: Executor, scope: ReviewerScope) {
  return db
    .select({ id: accounts.id })
    .from(accounts)
    .where(
      and(
        eq(accounts.status, 'active'),
        scope.reviewerKind === 'platform'
          ? eq(accounts.role, 'operator')
          : and(eq(accounts.role, 'university_staff'), eq(accounts.universityId, scope.universityId)),
      ),
    );
}
