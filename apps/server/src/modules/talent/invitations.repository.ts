import type { InvitationState } from '@openrecruit/shared';
import { and, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accounts, companies, jobs, resumes, seekers, talentInvitations } from '../../db/schema';
import type { PageWindow } from '../../lib/paging';

// All SQL of 高校人才>邀约 and the seeker's 我的邀约.

export type InvitationRow = typeof talentInvitations.$inferSelect;

export async function insertInvitation(db: Executor, values: typeof talentInvitations.$inferInsert) {
  const [row] = await db.insert(talentInvitations).values(values).returning();
  return row!;
}

/** The open invitation of the company to the seeker for the job, if any. */
export async function findPendingInvitation(
  db: Executor,
  key: { companyId: string; seekerAccountId: string; jobId: string },
) {
  const [row] = await db
    .select({ id: talentInvitations.id })
    .from(talentInvitations)
    .where(
      and(
        eq(talentInvitations.companyId, key.companyId),
        eq(talentInvitations.seekerAccountId, key.seekerAccountId),
        eq(talentInvitations.jobId, key.jobId),
        eq(talentInvitations.state, 'pending'),
      ),
    );
  return row;
}

/** The seeker's own invitation, locked until the transaction ends; someone else's is not found. */
export async function lockSeekerInvitation(tx: Executor, id: string, seekerAccountId: string) {
  const [row] = await tx
    .select()
    .from(talentInvitations)
    .where(and(eq(talentInvitations.id, id), eq(talentInvitations.seekerAccountId, seekerAccountId)))
    .for('update');
  return row;
}

export async function answerInvitation(
  db: Executor,
  id: string,
  changes: { state: Exclude<InvitationState, 'pending'>; applicationId?: string },
) {
  await db
    .update(talentInvitations)
    .set({ ...changes, answeredAt: sql`now()` })
    .where(eq(talentInvitations.id, id));
}

/** The jobs of the company each seeker is invited to, 待确认 or 已同意 (not 已拒绝). */
export async function findInvitedJobIds(db: Executor, companyId: string, seekerAccountIds: string[]) {
  const byId = new Map<string, string[]>();
  if (seekerAccountIds.length === 0) return byId;
  const rows = await db
    .select({ seekerAccountId: talentInvitations.seekerAccountId, jobId: talentInvitations.jobId })
    .from(talentInvitations)
    .where(
      and(
        eq(talentInvitations.companyId, companyId),
        inArray(talentInvitations.seekerAccountId, seekerAccountIds),
        ne(talentInvitations.state, 'declined'),
      ),
    );
  for (const row of rows)
    byId.set(row.seekerAccountId, [...(byId.get(row.seekerAccountId) ?? []), row.jobId]);
  return byId;
}

const invitedBy = sql<
  string | null
>`(select ${accounts.displayName} from ${accounts} where ${accounts.id} = ${talentInvitations.createdBy})`;

export interface CompanyInvitationFilter {
  companyId: string;
  state?: InvitationState;
  invitationId?: string;
  offset: number;
  limit: number;
}

/** 邀约记录: the company's invitations, newest first, optionally of one state. */
export async function findCompanyInvitations(db: Executor, options: CompanyInvitationFilter) {
  const where = and(
    eq(talentInvitations.companyId, options.companyId),
    options.state ? eq(talentInvitations.state, options.state) : undefined,
    options.invitationId ? eq(talentInvitations.id, options.invitationId) : undefined,
  );
  const rows = await db
    .select({
      invitation: talentInvitations,
      job: { id: jobs.id, title: jobs.title },
      seeker: {
        name: seekers.name,
        sex: seekers.sex,
        birthDate: seekers.birthDate,
        education: seekers.education,
      },
      educations: resumes.educations,
      invitedBy,
    })
    .from(talentInvitations)
    .innerJoin(jobs, eq(jobs.id, talentInvitations.jobId))
    .innerJoin(seekers, eq(seekers.accountId, talentInvitations.seekerAccountId))
    .leftJoin(resumes, eq(resumes.accountId, talentInvitations.seekerAccountId))
    .where(where)
    .orderBy(desc(talentInvitations.createdAt), desc(talentInvitations.id))
    .offset(options.offset)
    .limit(options.limit);
  const [total] = await db.select({ n: count() }).from(talentInvitations).where(where);
  return { rows, total: total?.n ?? 0 };
}

function selectSeekerInvitations(db: Executor) {
  return db
    .select({
      invitation: talentInvitations,
      companyName: companies.name,
      job: {
        id: jobs.id,
        title: jobs.title,
        salaryMin: jobs.salaryMin,
        salaryMax: jobs.salaryMax,
        state: jobs.state,
        deletedAt: jobs.deletedAt,
      },
    })
    .from(talentInvitations)
    .innerJoin(jobs, eq(jobs.id, talentInvitations.jobId))
    .innerJoin(companies, eq(companies.id, talentInvitations.companyId));
}

/** 我的邀约: one page of the seeker's invitations, newest first, with company and job. */
export async function findSeekerInvitations(db: Executor, seekerAccountId: string, window: PageWindow) {
  return selectSeekerInvitations(db)
    .where(eq(talentInvitations.seekerAccountId, seekerAccountId))
    .orderBy(desc(talentInvitations.createdAt), desc(talentInvitations.id))
    .offset(window.offset)
    .limit(window.limit);
}

/** One of the seeker's invitations; someone else's is not found. */
export async function findSeekerInvitation(db: Executor, seekerAccountId: string, invitationId: string) {
  const [row] = await selectSeekerInvitations(db).where(
    and(eq(talentInvitations.seekerAccountId, seekerAccountId), eq(talentInvitations.id, invitationId)),
  );
  return row;
}
export type SeekerInvitationRow = Awaited<ReturnType<typeof findSeekerInvitations>>[number];

/** How many invitations the seeker has, all states, and how many of them wait for an answer. */
export async function countSeekerInvitations(db: Executor, seekerAccountId: string) {
  const [row] = await db
    .select({
      total: count(),
      pending: sql<number>`count(*) filter (where ${talentInvitations.state} = 'pending')`.mapWith(Number),
    })
    .from(talentInvitations)
    .where(eq(talentInvitations.seekerAccountId, seekerAccountId));
  return { total: row?.total ?? 0, pending: row?.pending ?? 0 };
}

export async function findInvitationJob(db: Executor, jobId: string) {
  const [row] = await db
    .select({
      id: jobs.id,
      title: jobs.title,
      state: jobs.state,
      deletedAt: jobs.deletedAt,
      companyId: jobs.companyId,
    })
    .from(jobs)
    .where(eq(jobs.id, jobId));
  return row;
}

export async function findSeekerName(db: Executor, seekerAccountId: string) {
  const [row] = await db
    .select({ name: seekers.name, sex: seekers.sex })
    .from(seekers)
    .where(eq(seekers.accountId, seekerAccountId));
  return row;
}
