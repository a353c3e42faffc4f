import type { EmployerTodo } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { CompanyMember } from '../../plugins/access';
import { completeTodo } from './employer-todos.repository';
import { mapTodo } from './map-todo';
import { todoNotFound } from './todo-rules';

export interface FinishTodoOptions {
  member: CompanyMember;
  todoId: string;
}

/** 完成 any 待办事项, 宣讲会 and 双选会 included; the first completion time stays. */
export async function finishTodo(ctx: AppContext, options: FinishTodoOptions): Promise<EmployerTodo> {
  const row = await completeTodo(ctx.db, options.member.companyId, options.todoId);
  if (!row) throw todoNotFound();
  return mapTodo(row);
}
