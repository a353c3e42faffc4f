import { and, asc, count, desc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  applications,
  interviewSessionCandidates,
  interviewSessions,
  interviews,
  jobs,
  seekers,
  universities,
} from '../../db/schema';
import { candidateColumns } from './interview-folder.repository';

export type SessionRow = typeof interviewSessions.$inferSelect;
export type NewSession = typeof interviewSessions.$inferInsert;
type CandidateRow = typeof interviewSessionCandidates.$inferSelect;

/** A job of the company that was not deleted (删除 is final, ADR 010). */
export async function isCompanyJob(db: Executor, companyId: string, jobId: string) {
  const [row] = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.id, jobId), eq(jobs.companyId, companyId), isNull(jobs.deletedAt)));
  return row !== undefined;
}

export async function isUniversity(db: Executor, universityId: string) {
  const [row] = await db
    .select({ id: universities.id })
    .from(universities)
    .where(eq(universities.id, universityId));
  return row !== undefined;
}

export async function insertSession(tx: Executor, values: NewSession, applicationIds: string[]) {
  const [session] = await tx.insert(interviewSessions).values(values).returning();
  await tx
    .insert(interviewSessionCandidates)
    .values(applicationIds.map((applicationId) => ({ sessionId: session!.id, applicationId })));
  return session!;
}

function selectSessions(db: Executor) {
  return db
    .select({
      session: interviewSessions,
      job: { id: jobs.id, title: jobs.title },
      university: { id: universities.id, name: universities.name },
    })
    .from(interviewSessions)
    .leftJoin(jobs, eq(jobs.id, interviewSessions.jobId))
    .leftJoin(universities, eq(universities.id, interviewSessions.universityId));
}
export type SessionWithNames = Awaited<ReturnType<typeof selectSessions>>[number];

// Sessions not over yet come first, soonest first; past ones follow, the latest first.
const isOver = sql`coalesce(${interviewSessions.endsAt}, ${interviewSessions.startsAt}) < now()`;

export async function findSessionPage(
  db: Executor,
  companyId: string,
  page: { offset: number; limit: number },
) {
  const items = await selectSessions(db)
    .where(eq(interviewSessions.companyId, companyId))
    .orderBy(
      isOver,
      sql`case when ${isOver} then null else ${interviewSessions.startsAt} end asc`,
      desc(interviewSessions.startsAt),
      desc(interviewSessions.id),
    )
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db
    .select({ n: count() })
    .from(interviewSessions)
    .where(eq(interviewSessions.companyId, companyId));
  return { items, total: total?.n ?? 0 };
}

export async function findSession(db: Executor, companyId: string, id: string) {
  const [row] = await selectSessions(db).where(
    and(eq(interviewSessions.id, id), eq(interviewSessions.companyId, companyId)),
  );
  return row;
}

/** Holds the session until the transaction ends: concurrent 一键通知 clicks queue here. */
export async function lockSession(tx: Executor, companyId: string, id: string) {
  const [row] = await tx
    .select({ id: interviewSessions.id })
    .from(interviewSessions)
    .where(and(eq(interviewSessions.id, id), eq(interviewSessions.companyId, companyId)))
    .for('update');
  return row;
}

export async function findSessionsBetween(db: Executor, companyId: string, start: Date, end: Date) {
  return db
    .select({ session: interviewSessions })
    .from(interviewSessions)
    .where(
      and(
        eq(interviewSessions.companyId, companyId),
        lt(interviewSessions.startsAt, end),
        gte(sql`coalesce(${interviewSessions.endsAt}, ${interviewSessions.startsAt})`, start),
      ),
    )
    .orderBy(asc(interviewSessions.startsAt), asc(interviewSessions.id));
}

const filtered = (condition: ReturnType<typeof sql>) =>
  sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

export interface CandidateCounts {
  total: number;
  pending: number;
  failed: number;
  invited: number;
  accepted: number;
  declined: number;
  confirmed: number;
}

/** Candidates of each session by notify result and, once notified, by the answer to the notice. */
export async function countCandidates(
  db: Executor,
  sessionIds: string[],
): Promise<Map<string, CandidateCounts>> {
  if (sessionIds.length === 0) return new Map<string, CandidateCounts>();
  const rows = await db
    .select({
      sessionId: interviewSessionCandidates.sessionId,
      total: sql<number>`count(*)`.mapWith(Number),
      pending: filtered(sql`${interviewSessionCandidates.notifyState} = 'pending'`),
      failed: filtered(sql`${interviewSessionCandidates.notifyState} = 'failed'`),
      invited: filtered(sql`${interviews.state} = 'invited'`),
      accepted: filtered(sql`${interviews.state} = 'accepted'`),
      declined: filtered(sql`${interviews.state} = 'declined'`),
      confirmed: filtered(sql`${interviews.state} = 'confirmed'`),
    })
    .from(interviewSessionCandidates)
    .leftJoin(interviews, eq(interviews.id, interviewSessionCandidates.interviewId))
    .where(inArray(interviewSessionCandidates.sessionId, sessionIds))
    .groupBy(interviewSessionCandidates.sessionId);
  return new Map(rows.map(({ sessionId, ...counts }) => [sessionId, counts]));
}

function selectCandidates(db: Executor) {
  return db
    .select({
      row: interviewSessionCandidates,
      job: { id: jobs.id, title: jobs.title },
      candidate: candidateColumns,
      answer: interviews.state,
    })
    .from(interviewSessionCandidates)
    .innerJoin(applications, eq(applications.id, interviewSessionCandidates.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(seekers, eq(seekers.accountId, applications.seekerAccountId))
    .leftJoin(interviews, eq(interviews.id, interviewSessionCandidates.interviewId));
}
export type SessionCandidateRow = Awaited<ReturnType<typeof selectCandidates>>[number];

export async function findSessionCandidates(db: Executor, sessionId: string, applicationIds?: string[]) {
  const conditions = [eq(interviewSessionCandidates.sessionId, sessionId)];
  if (applicationIds) conditions.push(inArray(interviewSessionCandidates.applicationId, applicationIds));
  return selectCandidates(db)
    .where(and(...conditions))
    .orderBy(asc(interviewSessionCandidates.createdAt), asc(seekers.name), asc(applications.id));
}

export async function findNotifyState(tx: Executor, sessionId: string, applicationId: string) {
  const [row] = await tx
    .select({ notifyState: interviewSessionCandidates.notifyState })
    .from(interviewSessionCandidates)
    .where(
      and(
        eq(interviewSessionCandidates.sessionId, sessionId),
        eq(interviewSessionCandidates.applicationId, applicationId),
      ),
    );
  return row?.notifyState;
}

export async function updateCandidate(
  tx: Executor,
  key: { sessionId: string; applicationId: string },
  changes: Pick<CandidateRow, 'notifyState' | 'notifyError' | 'notifiedAt'> &
    Partial<Pick<CandidateRow, 'interviewId'>>,
) {
  await tx
    .update(interviewSessionCandidates)
    .set(changes)
    .where(
      and(
        eq(interviewSessionCandidates.sessionId, key.sessionId),
        eq(interviewSessionCandidates.applicationId, key.applicationId),
      ),
    );
}

/** The next candidates 一键通知 sends to, in the order they were imported. */
export async function findPendingApplicationIds(db: Executor, sessionId: string, limit: number) {
  const rows = await db
    .select({ applicationId: interviewSessionCandidates.applicationId })
    .from(interviewSessionCandidates)
    .where(
      and(
        eq(interviewSessionCandidates.sessionId, sessionId),
        eq(interviewSessionCandidates.notifyState, 'pending'),
      ),
    )
    .orderBy(asc(interviewSessionCandidates.createdAt), asc(interviewSessionCandidates.applicationId))
    .limit(limit);
  return rows.map((row) => row.applicationId);
}

export async function countPending(db: Executor, sessionId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(interviewSessionCandidates)
    .where(
      and(
        eq(interviewSessionCandidates.sessionId, sessionId),
        eq(interviewSessionCandidates.notifyState, 'pending'),
      ),
    );
  return row?.n ?? 0;
}
