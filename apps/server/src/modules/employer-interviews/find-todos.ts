import type { EmployerTodoPage, EmployerTodoQuery } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { CompanyMember } from '../../plugins/access';
import { findTodoPage } from './employer-todos.repository';
import { mapTodo } from './map-todo';

export interface FindTodosOptions {
  member: CompanyMember;
  query: z.output<typeof EmployerTodoQuery>;
}

/** 待办事项 list: open ones first (soonest first), by kind. */
export async function findTodos(ctx: AppContext, options: FindTodosOptions): Promise<EmployerTodoPage> {
  const { query } = options;
  const { items, total } = await findTodoPage(ctx.db, {
    companyId: options.member.companyId,
    kind: query.kind,
    status: query.status,
    ...pageWindow(query),
  });
  return pageOf(query, items.map(mapTodo), total);
}
