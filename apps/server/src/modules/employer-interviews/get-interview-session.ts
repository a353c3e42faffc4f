import type { InterviewSessionDetail } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { countCandidates, findSession, findSessionCandidates } from './interview-sessions.repository';
import { mapCandidate, mapSession } from './map-interview-session';

export interface GetInterviewSessionOptions {
  member: CompanyMember;
  sessionId: string;
}

/** One session with each candidate's notify result and answer (待回复 / 参加 / 不参加 / 已确认). */
export async function getInterviewSession(
  ctx: AppContext,
  options: GetInterviewSessionOptions,
): Promise<InterviewSessionDetail> {
  const row = await findSession(ctx.db, options.member.companyId, options.sessionId);
  const found = requireFound(row, '面试安排不存在或已删除');
  const [counts, candidates] = await Promise.all([
    countCandidates(ctx.db, [found.session.id]),
    findSessionCandidates(ctx.db, found.session.id),
  ]);
  return { ...mapSession(found, counts.get(found.session.id)), candidates: candidates.map(mapCandidate) };
}
