import type { InterviewSessionDetail, InterviewSessionPage, PageQuery } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageWindow } from '../../lib/paging';
import { type CompanyMember, requireFound } from '../../plugins/access';
import {
  countCandidates,
  findSession,
  findSessionCandidates,
  findSessionPage,
} from './interview-sessions.repository';
import { mapCandidate, mapSession } from './map-interview-session';

export interface FindInterviewSessionsOptions extends PageQuery {
  member: CompanyMember;
}

/** 面试安排 list: upcoming sessions first, with how many candidates answered what. */
export async function findInterviewSessions(
  ctx: AppContext,
  options: FindInterviewSessionsOptions,
): Promise<InterviewSessionPage> {
  const { items, total } = await findSessionPage(ctx.db, options.member.companyId, pageWindow(options));
  const counts = await countCandidates(
    ctx.db,
    items.map((row) => row.session.id),
  );
  return { items: items.map((row) => mapSession(row, counts.get(row.session.id))), total };
}

/** One session with each candidate's notify result and answer (待回复 / 参加 / 不参加 / 已确认). */
export interface GetInterviewSessionOptions {
  member: CompanyMember;
  sessionId: string;
}

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
