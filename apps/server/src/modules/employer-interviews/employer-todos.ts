import {
  EMPLOYER_TODO_KIND_LABELS,
  type EmployerTodo,
  type EmployerTodoInput,
  type EmployerTodoPage,
  type EmployerTodoQuery,
} from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { pageOf, pageWindow } from '../../lib/paging';
import type { CompanyMember } from '../../plugins/access';
import {
  completeTodo,
  deleteTodo,
  findTodo,
  findTodoPage,
  insertTodo,
  type TodoRow,
  updateTodo,
} from './employer-todos.repository';

type TodoInput = z.output<typeof EmployerTodoInput>;

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

const notFound = () => new AppError('NOT_FOUND', '待办事项不存在或已删除');

/** 宣讲会 and 双选会 follow 校园招聘: only a 招聘活动 added here is edited or deleted here. */
async function findHandMadeTodo(ctx: AppContext, member: CompanyMember, id: string, action: string) {
  const row = await findTodo(ctx.db, member.companyId, id);
  if (!row) throw notFound();
  if (row.sourceId !== null) {
    throw new AppError(
      'INVALID_STATE',
      `${EMPLOYER_TODO_KIND_LABELS[row.kind]}由校园招聘自动同步，不能在待办事项中${action}`,
    );
  }
  return row;
}

const timesOf = (input: TodoInput) => ({
  title: input.title,
  startsAt: new Date(input.startsAt),
  endsAt: input.endsAt ? new Date(input.endsAt) : null,
  location: input.location,
  note: input.note,
});

/** 待办事项>新增: a 招聘活动. */
export async function createTodo(
  ctx: AppContext,
  options: { member: CompanyMember; input: TodoInput },
): Promise<EmployerTodo> {
  const row = await insertTodo(ctx.db, {
    companyId: options.member.companyId,
    kind: 'recruiting_event',
    createdBy: options.member.accountId,
    ...timesOf(options.input),
  });
  return mapTodo(row);
}

export async function editTodo(
  ctx: AppContext,
  options: { member: CompanyMember; todoId: string; input: TodoInput },
): Promise<EmployerTodo> {
  await findHandMadeTodo(ctx, options.member, options.todoId, '修改');
  const row = await updateTodo(ctx.db, options.member.companyId, options.todoId, timesOf(options.input));
  if (!row) throw notFound();
  return mapTodo(row);
}

export async function removeTodo(
  ctx: AppContext,
  options: { member: CompanyMember; todoId: string },
): Promise<{ ok: true }> {
  await findHandMadeTodo(ctx, options.member, options.todoId, '删除');
  await deleteTodo(ctx.db, options.member.companyId, options.todoId);
  return { ok: true };
}

export async function finishTodo(
  ctx: AppContext,
  options: { member: CompanyMember; todoId: string },
): Promise<EmployerTodo> {
  const row = await completeTodo(ctx.db, options.member.companyId, options.todoId);
  if (!row) throw notFound();
  return mapTodo(row);
}

/** 待办事项 list: open ones first (soonest first), by kind. */
export async function findTodos(
  ctx: AppContext,
  options: { member: CompanyMember; query: z.output<typeof EmployerTodoQuery> },
): Promise<EmployerTodoPage> {
  const { query } = options;
  const { items, total } = await findTodoPage(ctx.db, {
    companyId: options.member.companyId,
    kind: query.kind,
    status: query.status,
    ...pageWindow(query),
  });
  return pageOf(query, items.map(mapTodo), total);
}
