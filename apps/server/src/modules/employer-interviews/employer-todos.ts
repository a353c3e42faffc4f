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
import type { CompanyStaff } from '../employer-applications/company-staff';
import {
  completeTodo,
  deleteTodo,
  findTodo,
  findTodoPage,
  insertTodo,
  type TodoRow,
  updateTodo,
} from './employer-todos.repository';
import { pageOf } from './paging';

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
async function findHandMadeTodo(ctx: AppContext, staff: CompanyStaff, id: string, action: string) {
  const row = await findTodo(ctx.db, staff.companyId, id);
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
  options: { staff: CompanyStaff; input: TodoInput },
): Promise<EmployerTodo> {
  const row = await insertTodo(ctx.db, {
    companyId: options.staff.companyId,
    kind: 'recruiting_event',
    createdBy: options.staff.accountId,
    ...timesOf(options.input),
  });
  return mapTodo(row);
}

export async function editTodo(
  ctx: AppContext,
  options: { staff: CompanyStaff; todoId: string; input: TodoInput },
): Promise<EmployerTodo> {
  await findHandMadeTodo(ctx, options.staff, options.todoId, '修改');
  const row = await updateTodo(ctx.db, options.staff.companyId, options.todoId, timesOf(options.input));
  if (!row) throw notFound();
  return mapTodo(row);
}

export async function removeTodo(
  ctx: AppContext,
  options: { staff: CompanyStaff; todoId: string },
): Promise<{ ok: true }> {
  await findHandMadeTodo(ctx, options.staff, options.todoId, '删除');
  await deleteTodo(ctx.db, options.staff.companyId, options.todoId);
  return { ok: true };
}

export async function finishTodo(
  ctx: AppContext,
  options: { staff: CompanyStaff; todoId: string },
): Promise<EmployerTodo> {
  const row = await completeTodo(ctx.db, options.staff.companyId, options.todoId);
  if (!row) throw notFound();
  return mapTodo(row);
}

/** 待办事项 list: open ones first (soonest first), by kind. */
export async function findTodos(
  ctx: AppContext,
  options: { staff: CompanyStaff; query: z.output<typeof EmployerTodoQuery> },
): Promise<EmployerTodoPage> {
  const { query } = options;
  const { items, total } = await findTodoPage(ctx.db, {
    companyId: options.staff.companyId,
    kind: query.kind,
    status: query.status,
    ...pageOf(query),
  });
  return { items: items.map(mapTodo), total };
}
