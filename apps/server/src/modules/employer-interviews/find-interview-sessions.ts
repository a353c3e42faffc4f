import type { InterviewSessionPage, PageQuery } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { CompanyMember } from '../../plugins/access';
import { countCandidates, findSessionPage } from './interview-sessions.repository';
import { mapSession } from './map-interview-session';

export interface FindInterviewSessionsOptions extends Pick<PageQuery, 'page' | 'pageSize'> {
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
  return pageOf(
    options,
    items.map((row) => mapSession(row, counts.get(row.session.id))),
    total,
  );
}
