import type { JoinRequestState } from '@openrecruit/shared';
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { type AccountRow, accounts, companyJoinRequests } from '../../db/schema';
import type { PageWindow } from '../../lib/paging';

// All SQL of 申请加入公司: the company's join requests and what a decision does to the applicant.

type JoinRequestWhere = { companyId: string; state?: JoinRequestState; id?: string };

const joinRequestConditions = (where: JoinRequestWhere) =>
  and(
    eq(companyJoinRequests.companyId, where.companyId),
    where.state ? eq(companyJoinRequests.state, where.state) : undefined,
    where.id ? eq(companyJoinRequests.id, where.id) : undefined,
  );

/** The company's requests with the applicant, newest first; one page of them given a window. */
export async function findJoinRequestRows(db: Executor, where: JoinRequestWhere, window?: PageWindow) {
  const query = db
    .select({
      request: companyJoinRequests,
      applicant: { name: accounts.displayName, mobileMasked: accounts.mobileMasked },
    })
    .from(companyJoinRequests)
    .innerJoin(accounts, eq(accounts.id, companyJoinRequests.applicantAccountId))
    .where(joinRequestConditions(where))
    .orderBy(desc(companyJoinRequests.createdAt), desc(companyJoinRequests.id))
    .$dynamic();
  return window ? query.offset(window.offset).limit(window.limit) : query;
}

export async function countJoinRequests(db: Executor, where: JoinRequestWhere): Promise<number> {
  const [row] = await db.select({ n: count() }).from(companyJoinRequests).where(joinRequestConditions(where));
  return row?.n ?? 0;
}
export type JoinRequestRow = Awaited<ReturnType<typeof findJoinRequestRows>>[number];

/** The company's request locked until the transaction ends; another company's is not found. */
export async function lockJoinRequest(tx: Executor, where: { id: string; companyId: string }) {
  const [row] = await tx
    .select()
    .from(companyJoinRequests)
    .where(and(eq(companyJoinRequests.id, where.id), eq(companyJoinRequests.companyId, where.companyId)))
    .for('update');
  return row;
}

export async function markJoinRequestDecided(
  tx: Executor,
  values: {
    id: string;
    from: readonly JoinRequestState[];
    to: JoinRequestState;
    decidedBy: string;
    reason: string | null;
  },
) {
  const [row] = await tx
    .update(companyJoinRequests)
    .set({ state: values.to, decidedBy: values.decidedBy, decidedAt: new Date(), reason: values.reason })
    .where(and(eq(companyJoinRequests.id, values.id), inArray(companyJoinRequests.state, [...values.from])))
    .returning();
  return row;
}

/**
 * Approved: the applicant's account becomes an active member. Rejected: it stays unable to log in.
 * `step` comes from accountApprovalMachine (identity/account-approval-machine.ts).
 */
export async function settleApplicantAccount(
  tx: Executor,
  accountId: string,
  step: { from: readonly AccountRow['approvalState'][]; to: AccountRow['approvalState'] },
) {
  const now = new Date();
  await tx
    .update(accounts)
    .set(
      step.to === 'approved'
        ? { status: 'active', approvalState: step.to, updatedAt: now }
        : { approvalState: step.to, updatedAt: now },
    )
    .where(and(eq(accounts.id, accountId), inArray(accounts.approvalState, [...step.from])));
}

export async function insertJoinRequest(
  tx: Executor,
  values: { companyId: string; applicantAccountId: string; applicantDepartment: string },
) {
  const [row] = await tx.insert(companyJoinRequests).values(values).returning({ id: companyJoinRequests.id });
  return row!;
}
