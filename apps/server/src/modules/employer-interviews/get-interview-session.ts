import type { InterviewSessionDetail, InterviewSessionPage } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import type { CompanyStaff } from '../employer-applications/company-staff';
import {
  countCandidates,
  findSession,
  findSessionCandidates,
  findSessionPage,
} from './interview-sessions.repository';
import { mapCandidate, mapSession } from './map-interview-session';
import { type PageRequest, pageOf } from './paging';

/** 面试安排 list: upcoming sessions first, with how many candidates answered what. */
export async function findInterviewSessions(
  ctx: AppContext,
  options: { staff: CompanyStaff } & PageRequest,
): Promise<InterviewSessionPage> {
  const { items, total } = await findSessionPage(ctx.db, options.staff.companyId, pageOf(options));
  const counts = await countCandidates(
    ctx.db,
    items.map((row) => row.session.id),
  );
  return { items: items.map((row) => mapSession(row, counts.get(row.session.id))), total };
}

/** One session with each candidate's notify result and answer (待回复 / 参加 / 不参加 / 已确认). */
export async function getInterviewSession(
  ctx: AppContext,
  options: { staff: CompanyStaff; sessionId: string },
): Promise<InterviewSessionDetail> {
  const row = await findSession(ctx.db, options.staff.companyId, options.sessionId);
  if (!row) throw new AppError('NOT_FOUND', '面试安排不存在或已删除');
  const [counts, candidates] = await Promise.all([
    countCandidates(ctx.db, [row.session.id]),
    findSessionCandidates(ctx.db, row.session.id),
  ]);
  return { ...mapSession(row, counts.get(row.session.id)), candidates: candidates.map(mapCandidate) };
}
