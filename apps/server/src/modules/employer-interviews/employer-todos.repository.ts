import { and, asc, count, desc, eq, gte, isNotNull, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { employerTodos } from '../../db/schema';

export type TodoRow = typeof employerTodos.$inferSelect;
type TodoKind = TodoRow['kind'];

const ofCompany = (companyId: string, id: string) =>
  and(eq(employerTodos.id, id), eq(employerTodos.companyId, companyId));

export async function findTodo(db: Executor, companyId: string, id: string) {
  const [row] = await db.select().from(employerTodos).where(ofCompany(companyId, id));
  return row;
}

export async function insertTodo(db: Executor, values: typeof employerTodos.$inferInsert) {
  const [row] = await db.insert(employerTodos).values(values).returning();
  return row!;
}

export async function updateTodo(
  db: Executor,
  companyId: string,
  id: string,
  changes: Partial<Pick<TodoRow, 'title' | 'startsAt' | 'endsAt' | 'location' | 'note' | 'completedAt'>>,
) {
  const [row] = await db.update(employerTodos).set(changes).where(ofCompany(companyId, id)).returning();
  return row;
}

export async function deleteTodo(db: Executor, companyId: string, id: string) {
  await db.delete(employerTodos).where(ofCompany(companyId, id));
}

/** 完成: the first completion time stays (a second click changes nothing). */
export async function completeTodo(db: Executor, companyId: string, id: string) {
  const [row] = await db
    .update(employerTodos)
    .set({ completedAt: sql`coalesce(${employerTodos.completedAt}, now())` })
    .where(ofCompany(companyId, id))
    .returning();
  return row;
}

/**
 * 宣讲会 / 双选会 from 校园招聘, once per source (the partial unique index on company, source kind
 * and source id): a second approval of the same event updates its time and place.
 */
export async function upsertSourcedTodo(
  db: Executor,
  values: Pick<TodoRow, 'companyId' | 'kind' | 'title' | 'startsAt' | 'endsAt' | 'location'> & {
    sourceKind: string;
    sourceId: string;
  },
) {
  const [row] = await db
    .insert(employerTodos)
    .values(values)
    .onConflictDoUpdate({
      target: [employerTodos.companyId, employerTodos.sourceKind, employerTodos.sourceId],
      targetWhere: sql`source_id IS NOT NULL`,
      set: {
        kind: values.kind,
        title: values.title,
        startsAt: values.startsAt,
        endsAt: values.endsAt,
        location: values.location,
      },
    })
    .returning();
  return row!;
}

/** A cancelled 宣讲会 / 双选会 place: its synced to-do goes (returns whether there was one). */
export async function deleteSourcedTodo(
  db: Executor,
  values: { companyId: string; sourceKind: string; sourceId: string },
) {
  const rows = await db
    .delete(employerTodos)
    .where(
      and(
        eq(employerTodos.companyId, values.companyId),
        eq(employerTodos.sourceKind, values.sourceKind),
        eq(employerTodos.sourceId, values.sourceId),
      ),
    )
    .returning({ id: employerTodos.id });
  return rows.length > 0;
}

export interface TodoPageFilter {
  companyId: string;
  kind?: TodoKind;
  status: 'open' | 'completed' | 'all';
  offset: number;
  limit: number;
}

export async function findTodoPage(db: Executor, options: TodoPageFilter) {
  const conditions: SQL[] = [eq(employerTodos.companyId, options.companyId)];
  if (options.kind) conditions.push(eq(employerTodos.kind, options.kind));
  if (options.status === 'open') conditions.push(isNull(employerTodos.completedAt));
  if (options.status === 'completed') conditions.push(isNotNull(employerTodos.completedAt));
  const where = and(...conditions);
  const items = await db
    .select()
    .from(employerTodos)
    .where(where)
    .orderBy(
      // Open ones first, the soonest first; completed ones after, the latest first.
      sql`${employerTodos.completedAt} is not null`,
      sql`case when ${employerTodos.completedAt} is null then ${employerTodos.startsAt} end asc`,
      desc(employerTodos.startsAt),
      asc(employerTodos.id),
    )
    .limit(options.limit)
    .offset(options.offset);
  const [total] = await db.select({ n: count() }).from(employerTodos).where(where);
  return { items, total: total?.n ?? 0 };
}

export async function findTodosBetween(db: Executor, companyId: string, start: Date, end: Date) {
  return db
    .select()
    .from(employerTodos)
    .where(
      and(
        eq(employerTodos.companyId, companyId),
        lt(employerTodos.startsAt, end),
        gte(sql`coalesce(${employerTodos.endsAt}, ${employerTodos.startsAt})`, start),
      ),
    )
    .orderBy(asc(employerTodos.startsAt), asc(employerTodos.id));
}
