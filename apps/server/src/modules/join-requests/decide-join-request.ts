import type { JoinDecisionInput, JoinRequest } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { type CompanyAdmin, requireFound } from '../../plugins/access';
import { approvalStep } from '../identity/account-approval-machine';
import { findStaffMobile } from '../identity/find-staff-mobile';
import { notifyAccount } from '../notifications/notify-account';
import { joinRequestMachine } from './join-request-machine';
import {
  findJoinRequestRows,
  lockJoinRequest,
  markJoinRequestDecided,
  settleApplicantAccount,
} from './join-requests.repository';
import { mapJoinRequest } from './map-join-request';

export interface DecideJoinRequestOptions {
  admin: CompanyAdmin;
  requestId: string;
  decision: JoinDecisionInput['decision'];
  reason?: string;
}

/**
 * The company's admin agrees (the applicant's account becomes an active member) or refuses (it
 * stays unable to log in), once; the applicant is told by notice and SMS after the commit.
 */
export async function decideJoinRequest(
  ctx: AppContext,
  options: DecideJoinRequestOptions,
): Promise<JoinRequest> {
  const { admin, decision } = options;
  const decided = await ctx.db.transaction(async (tx) => {
    const request = requireFound(
      await lockJoinRequest(tx, { id: options.requestId, companyId: admin.companyId }),
      '加入申请不存在',
    );
    const to = joinRequestMachine.advance(request.state, decision);
    const marked = await markJoinRequestDecided(tx, {
      id: request.id,
      from: joinRequestMachine.sources(decision),
      to,
      decidedBy: admin.accountId,
      reason: options.reason ?? null,
    });
    // The row lock makes this unreachable; the guarded UPDATE is the last word all the same.
    if (!marked) throw new AppError('INVALID_STATE', '该申请已审核，不能重复审核');
    await settleApplicantAccount(
      tx,
      request.applicantAccountId,
      approvalStep(to === 'approved' ? 'approve' : 'reject'),
    );
    return marked;
  });
  const approved = decided.state === 'approved';
  await notifyAccount(
    ctx,
    {
      accountId: decided.applicantAccountId,
      kind: approved ? 'join_approved' : 'join_rejected',
      title: approved ? '加入单位申请已通过' : '加入单位申请未通过',
      body: approved
        ? '单位管理员已同意您加入，可使用联系手机和登录密码登录单位后台。'
        : `原因：${options.reason}。如有疑问请联系本单位管理员。`,
      data: { joinRequestId: decided.id },
    },
    { mobile: await findStaffMobile(ctx, decided.applicantAccountId) },
  );
  const [row] = await findJoinRequestRows(ctx.db, { companyId: admin.companyId, id: decided.id });
  return mapJoinRequest(row!);
}
