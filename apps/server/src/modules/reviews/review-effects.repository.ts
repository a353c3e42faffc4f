import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { approvalStep } from '../identity/account-approval-machine';

type ApprovalStep = ReturnType<typeof approvalStep>;

import { accounts, companies } from '../../db/schema';

// The SQL the company kinds' decision hooks run (kinds/new-company.ts, kinds/admin-application.ts),
// in the deciding transaction: what approving or rejecting a sign-up does to its account and company.

/** The company row locked until the transaction ends: admin changes of one company happen one at a time. */
export async function lockCompany(tx: Executor, companyId: string) {
  const [row] = await tx
    .select({ id: companies.id, verificationState: companies.verificationState })
    .from(companies)
    .where(eq(companies.id, companyId))
    .for('update');
  return row;
}

/** `state` comes from companyVerificationMachine (reviews/company-verification-machine.ts). */
export async function setCompanyVerification(
  tx: Executor,
  companyId: string,
  state: (typeof companies.$inferSelect)['verificationState'],
  now: Date,
) {
  await tx
    .update(companies)
    .set(
      state === 'verified'
        ? { verificationState: 'verified', verifiedAt: now, updatedAt: now }
        : { verificationState: 'rejected', updatedAt: now },
    )
    .where(eq(companies.id, companyId));
}

/**
 * A sign-up still waiting is refused; an active member's account is left as it is. `step` comes
 * from accountApprovalMachine (identity/account-approval-machine.ts): only its sources change.
 */
export async function refusePendingApplicant(tx: Executor, accountId: string, step: ApprovalStep, now: Date) {
  await tx
    .update(accounts)
    .set({ approvalState: step.to, updatedAt: now })
    .where(and(eq(accounts.id, accountId), inArray(accounts.approvalState, [...step.from])));
}

export async function findApplicantStanding(tx: Executor, accountId: string) {
  const [row] = await tx
    .select({ status: accounts.status, approvalState: accounts.approvalState })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  return row;
}

/** Every other 单位管理员 of the company becomes a member (there is at most one). */
export async function demoteOtherAdmins(tx: Executor, companyId: string, newAdminId: string, now: Date) {
  await tx
    .update(accounts)
    .set({ companyRole: 'member', updatedAt: now })
    .where(
      and(eq(accounts.companyId, companyId), eq(accounts.companyRole, 'admin'), ne(accounts.id, newAdminId)),
    );
}

/** The applicant can log in, as the company's admin (`step`: accountApprovalMachine's approve). */
export async function activateAsAdmin(tx: Executor, accountId: string, step: ApprovalStep, now: Date) {
  await tx
    .update(accounts)
    .set({ status: 'active', approvalState: step.to, companyRole: 'admin', updatedAt: now })
    .where(and(eq(accounts.id, accountId), inArray(accounts.approvalState, [...step.from])));
}
