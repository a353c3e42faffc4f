import type { EmployerTodo } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { CompanyMember } from '../../plugins/access';
import { updateTodo } from './employer-todos.repository';
import { mapTodo } from './map-todo';
import { findHandMadeTodo, type TodoInput, todoColumnsOf, todoNotFound } from './todo-rules';

export interface EditTodoOptions {
  member: CompanyMember;
  todoId: string;
  input: TodoInput;
}

/** 修改 a hand-made 招聘活动: its name, time, place and note. */
export async function editTodo(ctx: AppContext, options: EditTodoOptions): Promise<EmployerTodo> {
  const { member, todoId } = options;
  const row = await ctx.db.transaction(async (tx) => {
    await findHandMadeTodo(tx, member, todoId, '修改');
    return updateTodo(tx, member.companyId, todoId, todoColumnsOf(options.input));
  });
  if (!row) throw todoNotFound();
  return mapTodo(row);
}
