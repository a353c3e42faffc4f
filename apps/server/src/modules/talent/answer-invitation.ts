import type { SeekerInvitation } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { notifySeeker } from '../applications/application-events';
import { findOwnCurrentApplication, lockSeekerForApplying } from '../applications/applications.repository';
import { notifyAccount } from '../notifications/notify-account';
import {
  findInvitationJob,
  findSeekerInvitations,
  findSeekerName,
  type InvitationRow,
  lockSeekerInvitation,
  answerInvitation as saveAnswer,
} from './invitations.repository';
import { mapSeekerInvitation } from './map-invitation';
import { politeName } from './map-talent';
import { insertApplicationFrom } from './talent.repository';

export interface AnswerInvitationOptions {
  seekerAccountId: string;
  invitationId: string;
  answer: 'accept' | 'decline';
}

const ANSWERED = { accept: 'accepted', decline: 'declined' } as const;

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
  const { seekerAccountId, invitationId, answer } = options;
  const outcome = await ctx.db.transaction(async (tx) => {
    // The seeker's row first, as applying does: the seeker's applications change one at a time.
    const seeker = await lockSeekerForApplying(tx, seekerAccountId);
    const invitation = seeker ? await lockSeekerInvitation(tx, invitationId, seekerAccountId) : undefined;
    if (!invitation) throw new AppError('NOT_FOUND', '邀约不存在或已删除');
    if (invitation.state !== 'pending') {
      if (invitation.state === ANSWERED[answer]) return { invitation, changed: false };
      throw new AppError(
        'INVALID_STATE',
        `该邀约已${invitation.state === 'accepted' ? '接受' : '拒绝'}，不能再更改`,
      );
    }
    const job = await findInvitationJob(tx, invitation.jobId);
    if (answer === 'decline') {
      await saveAnswer(tx, invitationId, { state: 'declined' });
      return { invitation, job, changed: true, applicationId: null };
    }
    if (job?.state !== 'recruiting' || job.deletedAt) throw new AppError('JOB_NOT_RECRUITING');
    const own = await findOwnCurrentApplication(tx, seekerAccountId, invitation.jobId);
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
    await saveAnswer(tx, invitationId, { state: 'accepted', applicationId });
    return { invitation, job, changed: true, applicationId };
  });

  if (outcome.changed) await tellTheCompany(ctx, { ...outcome, answer });
  const [row] = await findSeekerInvitations(ctx.db, seekerAccountId, invitationId);
  if (!row) throw new AppError('NOT_FOUND', '邀约不存在或已删除');
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
  try {
    await ctx.events.publish({
      topic: `company:${invitation.companyId}`,
      type: 'invitations.changed',
      data: { invitationId: invitation.id, applicationId: outcome.applicationId ?? null },
    });
  } catch (error) {
    ctx.log.warn({ err: error, invitationId: invitation.id }, 'could not publish an invitation event');
  }
  if (outcome.applicationId) {
    await notifySeeker(
      ctx,
      invitation.seekerAccountId,
      { type: 'applications.changed' },
      outcome.applicationId,
    );
  }
}
