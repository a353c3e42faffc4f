import { EMPLOYER_TODO_KIND_LABELS, type EmployerTodoInput } from '@openrecruit/shared';
import type { z } from 'zod';
import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import type { CompanyMember } from '../../plugins/access';
import { findTodo, type TodoRow } from './employer-todos.repository';

// What the 待办事项 use cases share: the 404, the hand-made rule and the columns of the form.

export type TodoInput = z.output<typeof EmployerTodoInput>;

export const todoNotFound = () => new AppError('NOT_FOUND', '待办事项不存在或已删除');

/** 宣讲会 and 双选会 follow 校园招聘: only a 招聘活动 added here is edited or deleted here. */
export async function findHandMadeTodo(
  db: Executor,
  member: CompanyMember,
  todoId: string,
  action: '修改' | '删除',
): Promise<TodoRow> {
  const row = await findTodo(db, member.companyId, todoId);
  if (!row) throw todoNotFound();
  if (row.sourceId !== null) {
    throw new AppError(
      'INVALID_STATE',
      `${EMPLOYER_TODO_KIND_LABELS[row.kind]}由校园招聘自动同步，不能在待办事项中${action}`,
    );
  }
  return row;
}

export const todoColumnsOf = (input: TodoInput) => ({
  title: input.title,
  startsAt: new Date(input.startsAt),
  endsAt: input.endsAt ? new Date(input.endsAt) : null,
  location: input.location,
  note: input.note,
});
