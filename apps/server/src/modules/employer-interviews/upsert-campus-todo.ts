import type { Executor } from '../../db/client';
import { deleteSourcedTodo, upsertSourcedTodo } from './employer-todos.repository';

export interface CampusTodo {
  companyId: string;
  kind: 'presentation' | 'job_fair';
  /** What the source is, e.g. 'presentation' or 'job_fair_registration'. */
  sourceKind: string;
  sourceId: string;
  title: string;
  startsAt: Date;
  endsAt?: Date | null;
  location?: string;
}

/**
 * The hook for 校园招聘 (seed 002 首页: 宣讲会和双选会根据举办时间自动同步过来): call it in the
 * transaction that approves a 宣讲会 or a company's 双选会 place. Idempotent on (companyId,
 * sourceKind, sourceId): a second call with the same source updates the to-do (title, time, place)
 * and keeps whether it was completed. Returns the to-do row.
 */
export async function upsertCampusTodo(tx: Executor, todo: CampusTodo) {
  return upsertSourcedTodo(tx, {
    companyId: todo.companyId,
    kind: todo.kind,
    sourceKind: todo.sourceKind,
    sourceId: todo.sourceId,
    title: todo.title,
    startsAt: todo.startsAt,
    endsAt: todo.endsAt ?? null,
    location: todo.location ?? '',
  });
}

/**
 * The other half of the hook: a cancelled 宣讲会 (or a withdrawn 双选会 place) leaves the company's
 * 待办事项 / calendar, in the transaction that cancels it. Nothing happens when there is none.
 */
export async function removeCampusTodo(
  tx: Executor,
  source: { companyId: string; sourceKind: string; sourceId: string },
): Promise<boolean> {
  return deleteSourcedTodo(tx, source);
}
