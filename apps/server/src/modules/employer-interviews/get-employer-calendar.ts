import { type EmployerCalendar, INTERVIEW_SESSION_MODE_LABELS } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { shanghaiTime } from '../../lib/shanghai-time';
import type { CompanyMember } from '../../plugins/access';
import { findTodosBetween } from './employer-todos.repository';
import { countCandidates, findSessionsBetween } from './interview-sessions.repository';
import { mapTodo } from './map-todo';

const DAY_MS = 86_400_000;

export interface GetEmployerCalendarOptions {
  member: CompanyMember;
  /** Shanghai days, both inclusive (the query schema holds the range limit). */
  from: string;
  to: string;
}

/**
 * 校招日历 (seed 002 首页): the to-dos (宣讲会, 双选会, 招聘活动) and the 面试安排 that touch the
 * Shanghai days `from`..`to`, both inclusive.
 */
export async function getEmployerCalendar(
  ctx: AppContext,
  options: GetEmployerCalendarOptions,
): Promise<EmployerCalendar> {
  const start = shanghaiTime(options.from, 0);
  const end = new Date(shanghaiTime(options.to, 0).getTime() + DAY_MS);
  const { companyId } = options.member;
  const [todos, sessions] = await Promise.all([
    findTodosBetween(ctx.db, companyId, start, end),
    findSessionsBetween(ctx.db, companyId, start, end),
  ]);
  const counts = await countCandidates(
    ctx.db,
    sessions.map((row) => row.session.id),
  );
  return {
    todos: todos.map(mapTodo),
    interviews: sessions.map(({ session }) => ({
      id: session.id,
      mode: session.mode,
      modeLabel: INTERVIEW_SESSION_MODE_LABELS[session.mode],
      title: session.title,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt?.toISOString() ?? null,
      location: session.location,
      candidateCount: counts.get(session.id)?.total ?? 0,
    })),
  };
}
