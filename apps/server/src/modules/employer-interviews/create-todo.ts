import type { EmployerTodo } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { CompanyMember } from '../../plugins/access';
import { insertTodo } from './employer-todos.repository';
import { mapTodo } from './map-todo';
import { type TodoInput, todoColumnsOf } from './todo-rules';

export interface CreateTodoOptions {
  member: CompanyMember;
  input: TodoInput;
}

/** 待办事项>新增: a 招聘活动 (宣讲会 and 双选会 arrive from 校园招聘). */
export async function createTodo(ctx: AppContext, options: CreateTodoOptions): Promise<EmployerTodo> {
  const row = await insertTodo(ctx.db, {
    companyId: options.member.companyId,
    kind: 'recruiting_event',
    createdBy: options.member.accountId,
    ...todoColumnsOf(options.input),
  });
  return mapTodo(row);
}
