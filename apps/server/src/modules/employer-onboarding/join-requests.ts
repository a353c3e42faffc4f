import { type JoinRequest, maskMobile, type ReviewDecisionInput } from '@openrecruit/shared';
import { and, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { accounts, companyJoinRequests } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import type { AccountRow } from '../identity/accounts.repository';
import { notifyAccount } from '../notifications/notify-account';

/** Only a company's 单位管理员 decides who joins it; an HR member is refused. */
export function companyAdminOf(account: AccountRow): { accountId: string; companyId: string } {
  if (!account.companyId || account.companyRole !== 'admin')
    throw new AppError('FORBIDDEN', '只有单位管理员可以审核加入申请');
  return { accountId: account.id, companyId: account.companyId };
}

async function selectJoinRequests(
  ctx: AppContext,
  companyId: string,
  where = eq(companyJoinRequests.companyId, companyId),
) {
  const rows = await ctx.db
    .select({ request: companyJoinRequests, applicant: accounts })
    .from(companyJoinRequests)
    .innerJoin(accounts, eq(accounts.id, companyJoinRequests.applicantAccountId))
    .where(and(eq(companyJoinRequests.companyId, companyId), where))
    .orderBy(desc(companyJoinRequests.createdAt), desc(companyJoinRequests.id))
    .limit(200);
  return rows.map(
    ({ request, applicant }): JoinRequest => ({
      id: request.id,
      applicant: {
        name: applicant.displayName,
        department: request.applicantDepartment,
        mobileMasked: maskMobile(applicant.loginName ?? ''),
      },
      submittedAt: request.createdAt.toISOString(),
      state: request.state,
    }),
  );
}

export function listJoinRequests(
  ctx: AppContext,
  admin: { companyId: string },
  state?: JoinRequest['state'],
) {
  return selectJoinRequests(
    ctx,
    admin.companyId,
    state ? eq(companyJoinRequests.state, state) : eq(companyJoinRequests.companyId, admin.companyId),
  );
}

/** Approve: the applicant's account becomes an active member. Reject: it stays unable to log in. */
export async function decideJoinRequest(
  ctx: AppContext,
  admin: { accountId: string; companyId: string },
  id: string,
  input: { decision: ReviewDecisionInput['decision']; reason?: string },
): Promise<JoinRequest> {
  const approve = input.decision === 'approve';
  const decided = await ctx.db.transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(companyJoinRequests)
      .where(and(eq(companyJoinRequests.id, id), eq(companyJoinRequests.companyId, admin.companyId)))
      .for('update');
    if (!request) throw new AppError('NOT_FOUND', '加入申请不存在');
    if (request.state !== 'pending') throw new AppError('INVALID_STATE', '该申请已审核，不能重复审核');
    const now = new Date();
    await tx
      .update(companyJoinRequests)
      .set({
        state: approve ? 'approved' : 'rejected',
        decidedBy: admin.accountId,
        decidedAt: now,
        reason: input.reason ?? null,
      })
      .where(eq(companyJoinRequests.id, id));
    await tx
      .update(accounts)
      .set(
        approve
          ? { status: 'active', approvalState: 'approved', updatedAt: now }
          : { approvalState: 'rejected', updatedAt: now },
      )
      .where(eq(accounts.id, request.applicantAccountId));
    return request;
  });
  const [applicant] = await ctx.db.select().from(accounts).where(eq(accounts.id, decided.applicantAccountId));
  await notifyAccount(
    ctx,
    {
      accountId: decided.applicantAccountId,
      kind: approve ? 'join_approved' : 'join_rejected',
      title: approve ? '加入单位申请已通过' : '加入单位申请未通过',
      body: approve
        ? '单位管理员已同意您加入，可使用联系手机和登录密码登录单位后台。'
        : `原因：${input.reason}。如有疑问请联系本单位管理员。`,
      data: { joinRequestId: id },
    },
    { mobile: applicant?.loginName ?? null },
  );
  return (await selectJoinRequests(ctx, admin.companyId, eq(companyJoinRequests.id, id)))[0]!;
}
