import { type EmployerInvitation, live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { isUniqueViolation } from '../../lib/pg-errors';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { shanghaiDate } from '../../lib/shanghai-time';
import type { CompanyMember } from '../../plugins/access';
import { notifyAccount } from '../notifications/notify-account';
import { findCompanyInvitations, findPendingInvitation, insertInvitation } from './invitations.repository';
import { mapEmployerInvitation } from './map-invitation';
import { consumeRight } from './rights';
import { findCompanyName, findRecommendedTalent, findRecruitingJobs } from './talent.repository';

export interface InviteTalentOptions {
  member: CompanyMember;
  seekerAccountId: string;
  jobId: string;
  message: string;
}

const alreadyInvited = () => new AppError('ALREADY_INVITED');

/**
 * Seed 002 高校人才邀约: the company invites a student to one of its recruiting jobs; the student is
 * told (邀约提醒) and answers in 我的邀约. One open invitation per company, student and job: the
 * partial unique index holds it under a double click. Each new invitation uses one 人才邀约 in its
 * transaction (decision 018), keyed by the invitation; one refused as already open uses none, and
 * a company without the right is refused with RIGHT_EXHAUSTED and nothing is sent.
 */
export async function inviteTalent(
  ctx: AppContext,
  options: InviteTalentOptions,
): Promise<EmployerInvitation> {
  const { member, seekerAccountId, jobId } = options;
  const invitation = await ctx.db
    .transaction(async (tx) => {
      const [job] = await findRecruitingJobs(tx, member.companyId, jobId);
      if (!job) throw new AppError('NOT_FOUND', '职位不存在或已停止招聘');
      if (!(await findRecommendedTalent(tx, member.companyId, seekerAccountId))) {
        throw new AppError('NOT_FOUND', '该人才不存在或已关闭简历推荐');
      }
      if (await findPendingInvitation(tx, { companyId: member.companyId, seekerAccountId, jobId })) {
        throw alreadyInvited();
      }
      const created = await insertInvitation(tx, {
        companyId: member.companyId,
        seekerAccountId,
        jobId,
        message: options.message,
        createdBy: member.accountId,
      });
      await consumeRight(tx, {
        companyId: member.companyId,
        right: 'talent_invitation',
        reference: `talent_invitation:${seekerAccountId}:${jobId}:${created.id}`,
        usedBy: member.accountId,
      });
      return created;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw alreadyInvited();
      throw error;
    });

  const companyName = await findCompanyName(ctx.db, member.companyId);
  const { rows } = await findCompanyInvitations(ctx.db, {
    companyId: member.companyId,
    invitationId: invitation.id,
    offset: 0,
    limit: 1,
  });
  const mapped = mapEmployerInvitation(rows[0]!, shanghaiDate());
  await notifyAccount(ctx, {
    accountId: seekerAccountId,
    kind: 'talent_invitation',
    title: '职位邀约',
    body: `${companyName}邀请您应聘“${mapped.job.title}”岗位，请在“我的邀约”中查看并答复`,
    link: '/m/invitations',
    data: { invitationId: invitation.id },
  });
  await publishAfterCommit(
    ctx,
    live.seeker(seekerAccountId, { type: 'invitations.changed', data: { invitationId: invitation.id } }),
  );
  await publishAfterCommit(
    ctx,
    live.company(member.companyId, { type: 'rights.changed', data: { right: 'talent_invitation' } }),
  );
  return mapped;
}
