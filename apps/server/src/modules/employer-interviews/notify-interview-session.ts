import {
  INTERVIEW_NOTIFY_BATCH_MAX,
  live,
  type NotifyInterviewSessionResult,
  type NotifyOutcome,
} from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { recordInterviewNotice } from '../employer-applications/send-interview-notice';
import { candidateNotifyMachine } from './candidate-notify-machine';
import { interviewInvitationText } from './interview-invitation-text';
import {
  countPending,
  findNotifyState,
  findPendingApplicationIds,
  findSession,
  findSessionCandidates,
  lockSession,
  type SessionCandidateRow,
  type SessionWithNames,
  updateCandidate,
} from './interview-sessions.repository';

export interface NotifyInterviewSessionOptions {
  member: CompanyMember;
  sessionId: string;
  /** Default: the next pending candidates (at most INTERVIEW_NOTIFY_BATCH_MAX). */
  applicationIds?: string[];
}

/**
 * 一键通知 (seed 002 首页>面试安排: 可对学生群发通知), one batch: each candidate gets the ordinary
 * interview notice (so 面试通知NEW, 参加面试 and the confirmation follow the usual flow), with
 * interviews.session_id set, and the result is recorded per candidate. Each candidate is sent in its
 * own transaction holding the session lock, so a double click notifies nobody twice.
 */
export async function notifyInterviewSession(
  ctx: AppContext,
  options: NotifyInterviewSessionOptions,
): Promise<NotifyInterviewSessionResult> {
  const { member, sessionId } = options;
  const session = requireFound(
    await findSession(ctx.db, member.companyId, sessionId),
    '面试安排不存在或已删除',
  );
  const ids = options.applicationIds
    ? [...new Set(options.applicationIds)]
    : await findPendingApplicationIds(ctx.db, sessionId, INTERVIEW_NOTIFY_BATCH_MAX);
  const candidates = ids.length > 0 ? await findSessionCandidates(ctx.db, sessionId, ids) : [];
  if (candidates.length !== ids.length) {
    throw AppError.fieldError('applicationIds', '所选求职者不在该面试安排中，请刷新后重试');
  }
  const results: NotifyOutcome[] = [];
  for (const candidate of candidates) {
    results.push(await notifyCandidate(ctx, { member, session, candidate }));
  }
  const sent = results.filter((result) => result.outcome === 'sent').map((result) => result.applicationId);
  if (sent.length > 0) {
    await publishAfterCommit(
      ctx,
      live.company(member.companyId, { type: 'applications.changed', data: { applicationIds: sent } }),
    );
  }
  return { results, remaining: await countPending(ctx.db, sessionId) };
}

interface NotifyCandidateOptions {
  member: CompanyMember;
  session: SessionWithNames;
  candidate: SessionCandidateRow;
}

async function notifyCandidate(ctx: AppContext, options: NotifyCandidateOptions): Promise<NotifyOutcome> {
  const { member, session, candidate } = options;
  const key = { sessionId: session.session.id, applicationId: candidate.row.applicationId };
  const name = candidate.candidate.name;
  const body = interviewInvitationText(session.session, {
    name,
    jobTitle: candidate.job.title,
    universityName: session.university?.name,
  });
  const outcome = await ctx.db.transaction(async (tx) => {
    await lockSession(tx, member.companyId, key.sessionId);
    // Read again under the lock: a concurrent click may have sent it meanwhile.
    const state = (await findNotifyState(tx, key.sessionId, key.applicationId)) ?? 'pending';
    if (!candidateNotifyMachine.can(state, 'send')) {
      return { outcome: 'skipped' as const, reason: '已通知过，不会重复发送' };
    }
    try {
      // A savepoint: a refused notice rolls back its own writes only, and the failure is recorded.
      const sent = await tx.transaction((notice) =>
        recordInterviewNotice(notice, {
          member,
          applicationId: key.applicationId,
          body,
          sessionId: key.sessionId,
        }),
      );
      await updateCandidate(tx, key, {
        notifyState: candidateNotifyMachine.advance(state, 'send'),
        notifyError: null,
        notifiedAt: new Date(),
        interviewId: sent.interview.id,
      });
      return { outcome: 'sent' as const, reason: null, seekerAccountId: sent.seekerAccountId };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const reason = error.code === 'NOT_FOUND' ? '该应聘记录不存在或已删除' : error.message;
      await updateCandidate(tx, key, {
        notifyState: candidateNotifyMachine.advance(state, 'fail'),
        notifyError: reason,
        notifiedAt: new Date(),
      });
      return { outcome: 'failed' as const, reason };
    }
  });
  if ('seekerAccountId' in outcome && outcome.seekerAccountId) {
    await publishAfterCommit(
      ctx,
      live.seeker(outcome.seekerAccountId, {
        type: 'message',
        data: { applicationId: key.applicationId, kind: 'interview_notice' },
      }),
    );
  }
  return { applicationId: key.applicationId, name, outcome: outcome.outcome, reason: outcome.reason };
}
