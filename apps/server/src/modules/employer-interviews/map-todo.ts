import { EMPLOYER_TODO_KIND_LABELS, type EmployerTodo } from '@openrecruit/shared';
import type { TodoRow } from './employer-todos.repository';

/** A 待办事项 as the list, the calendar and the forms read it. */
export function mapTodo(row: TodoRow): EmployerTodo {
  return {
    id: row.id,
    kind: row.kind,
    kindLabel: EMPLOYER_TODO_KIND_LABELS[row.kind],
    title: row.title,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt?.toISOString() ?? null,
    location: row.location,
    note: row.note,
    fromCampus: row.sourceId !== null,
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}
