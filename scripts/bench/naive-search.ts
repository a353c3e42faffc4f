import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../apps/server/src/db/client';
import { rowsOf } from '../../apps/server/src/lib/sql-rows';
import { type Latency, measureLatency } from './http-load';
import type { Shape } from './search-shapes';

/**
 * What the search would cost without the index: ILIKE '%keyword%' on the jobs table, newest 20
 * first, and a plain count. Run beside the real search, straight against the database.
 */
export async function measureNaiveSearch(
  db: Database,
  shape: Shape,
  count: number,
): Promise<{ page: Latency; count: Latency; total: number }> {
  const where = naiveConditions(shape);
  const page = await measureLatency(
    () =>
      db.execute(sql`SELECT j.id, j.title, c.name, j.salary_min, j.salary_max, j.published_at
        FROM jobs j JOIN companies c ON c.id = j.company_id
        WHERE ${where} ORDER BY j.published_at DESC, j.id DESC LIMIT 20`),
    count,
  );
  let total = 0;
  const counted = await measureLatency(async () => {
    const result = await db.execute(sql`SELECT count(*)::int AS n FROM jobs j WHERE ${where}`);
    total = rowsOf<{ n: number }>(result)[0]!.n;
  }, count);
  return { page, count: counted, total };
}

function naiveConditions(shape: Shape): SQL {
  const conditions: SQL[] = [sql`j.state = 'recruiting'`];
  if (shape.keyword) {
    const pattern = `%${shape.keyword.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(j.title ILIKE ${pattern} OR j.occupation ILIKE ${pattern})`);
  }
  const { education, age, workNature, area } = shape.filters;
  if (education) conditions.push(sql`j.education = ${education}`);
  if (age !== undefined) conditions.push(sql`j.age_min <= ${age} AND j.age_max >= ${age}`);
  if (workNature) conditions.push(sql`j.work_nature = ${workNature}`);
  if (area === '310000') conditions.push(sql`j.work_area <> 'OUT'`);
  else if (area === 'OUT') conditions.push(sql`j.work_area = 'OUT'`);
  else if (area) conditions.push(sql`j.work_area IN (${area}, '310000')`);
  return sql.join(conditions, sql` AND `);
}
