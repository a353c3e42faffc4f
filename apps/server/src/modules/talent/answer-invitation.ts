import { type InvitationState, live, type SeekerInvitation } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { notFound, requireFound, type SeekerCaller } from '../../plugins/access';
import { findCurrentApplicationTo, lockSeekerApplications } from '../applications/application-thread';
import { notifyAccount } from '../notifications/notify-account';
import { invitationMachine } from './invitation-machine';
import {
  findInvitationJob,
  findSeekerInvitation,
  findSeekerName,
  type InvitationRow,
  lockSeekerInvitation,
  answerInvitation as saveAnswer,
} from './invitations.repository';
import { mapSeekerInvitation } from './map-invitation';
import { politeName } from './map-talent';
import { insertApplicationFrom } from './talent.repository';

export interface AnswerInvitationOptions {
  seeker: SeekerCaller;
  invitationId: string;
  answer: 'accept' | 'decline';
}

/**
 * The seeker's 接受邀约 / 拒绝 (seed 002 高校人才邀约). Accepting files an application with source
 * 'invitation' to the job, which does not use one of the 10 places (ADR 010); if the seeker already
 * applied to the job, the invitation links that application. Only a pending invitation is answered;
 * answering it again the same way (a double click) returns it unchanged.
 */
export async function answerInvitation(
  ctx: AppContext,
  options: AnswerInvitationOptions,
): Promise<SeekerInvitation> {
  const { invitationId, answer } = options;
  const seekerAccountId = options.seeker.accountId;
  const outcome = await ctx.db.transaction(async (tx) => {
    // The seeker's row first, as applying does: the seeker's applications change one at a time.
    const seeker = await lockSeekerApplications(tx, seekerAccountId);
    const invitation = requireFound(
      seeker ? await lockSeekerInvitation(tx, invitationId, seekerAccountId) : undefined,
      '邀约不存在或已删除',
    );
    // The same answer again (a double click) returns the invitation unchanged.
    if (invitation.state === invitationMachine.transitions[answer].to) return { invitation, changed: false };
    // Every transition of the machine leaves `pending`.
    const state = invitationMachine.advance(invitation.state, answer) as Exclude<InvitationState, 'pending'>;
    const job = await findInvitationJob(tx, invitation.jobId);
    if (state === 'declined') {
      await saveAnswer(tx, invitationId, { state });
      return { invitation, job, changed: true, applicationId: null };
    }
    if (job?.state !== 'recruiting' || job.deletedAt) throw new AppError('JOB_NOT_RECRUITING');
    const own = await findCurrentApplicationTo(tx, seekerAccountId, invitation.jobId);
    const applicationId =
      own?.id ??
      (
        await insertApplicationFrom(tx, {
          seekerAccountId,
          jobId: invitation.jobId,
          companyId: invitation.companyId,
          source: 'invitation',
        })
      ).id;
    await saveAnswer(tx, invitationId, { state, applicationId });
    return { invitation, job, changed: true, applicationId };
  });

  if (outcome.changed) await tellTheCompany(ctx, { ...outcome, answer });
  const row = await findSeekerInvitation(ctx.db, seekerAccountId, invitationId);
  if (!row) throw notFound('邀约不存在或已删除');
  return mapSeekerInvitation(row);
}

/**
 * After the answer commits: the inviting HR member is told (in-app notification), the company's
 * console refreshes (`company:<id>`), and an accepted invitation shows in the seeker's 我的应聘.
 */
async function tellTheCompany(
  ctx: AppContext,
  outcome: {
    invitation: InvitationRow;
    job?: { title: string } | undefined;
    applicationId?: string | null;
    answer: 'accept' | 'decline';
  },
) {
  const { invitation, answer } = outcome;
  const seeker = await findSeekerName(ctx.db, invitation.seekerAccountId);
  const title = outcome.job?.title ?? '';
  if (invitation.createdBy && seeker) {
    await notifyAccount(
      ctx,
      answer === 'accept'
        ? {
            accountId: invitation.createdBy,
            kind: 'invitation_accepted',
            title: '邀约已同意',
            body: `${seeker.name}已接受“${title}”岗位的邀约，简历已转入简历管理`,
            link: '/employer/talent/campus',
          }
        : {
            accountId: invitation.createdBy,
            kind: 'invitation_declined',
            title: '邀约已拒绝',
            body: `${politeName(seeker.name, seeker.sex)}拒绝了“${title}”岗位的邀约`,
            link: '/employer/talent/campus',
          },
    );
  }
  const applicationId = outcome.applicationId ?? null;
  await publishAfterCommit(
    ctx,
    live.company(invitation.companyId, {
      type: 'invitations.changed',
      data: { invitationId: invitation.id, applicationId },
    }),
    ...(applicationId
      ? [live.seeker(invitation.seekerAccountId, { type: 'applications.changed', data: { applicationId } })]
      : []),
  );
}
