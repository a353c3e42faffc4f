import { sql } from 'drizzle-orm';
import type { Database } from '../../apps/server/src/db/client';
import { rowsOf } from '../../apps/server/src/lib/sql-rows';

export interface Filters {
  education?: string;
  age?: number;
  workNature?: string;
  area?: string;
}

export interface Shape {
  name: string;
  keyword?: string;
  filters: Filters;
}

/** What a seeker in 徐汇 with a degree, aged 30, would pick. */
const FILTERS: Filters = { area: '310104', education: '20', age: 30 };
/** Rare values of three filters at once, without an area: few matches spread over the whole index. */
const RARE_FILTERS: Filters = { education: '10', workNature: '02', age: 50 };
const ABSENT = { one: '鑫', two: '火箭', long: '宇航员培训' };

const CJK = '^[一-龥]+$';

/**
 * The query shapes: no keyword; common, rare and absent keywords of 1, 2 and 4+ characters; Latin;
 * each without filters, and the common ones with filters. Common and rare keywords are read from
 * the data set, so they are common and rare whatever its size.
 */
export async function chooseShapes(db: Database): Promise<Shape[]> {
  const terms = async (length: number, order: 'ASC' | 'DESC') => {
    const rows = rowsOf<{ term: string }>(
      await db.execute(sql`SELECT term FROM job_search_terms
        WHERE char_length(term) = ${length} AND term ~ ${CJK}
        GROUP BY term HAVING count(*) >= 3 ORDER BY count(*) ${sql.raw(order)}, term LIMIT 1`),
    );
    return rows[0]!.term;
  };
  const titles = async (column: 'title' | 'occupation', order: 'ASC' | 'DESC') => {
    const rows = rowsOf<{ value: string }>(
      await db.execute(sql`SELECT ${sql.raw(column)} AS value FROM jobs
        WHERE state = 'recruiting' AND char_length(${sql.raw(column)}) >= 4 AND ${sql.raw(column)} ~ ${CJK}
        GROUP BY 1 HAVING count(*) >= 3 ORDER BY count(*) ${sql.raw(order)}, 1 LIMIT 1`),
    );
    return rows[0]!.value;
  };
  const common = {
    one: await terms(1, 'DESC'),
    two: await terms(2, 'DESC'),
    long: await titles('occupation', 'DESC'),
  };
  const rare = { one: await terms(1, 'ASC'), two: await terms(2, 'ASC'), long: await titles('title', 'ASC') };
  return [
    { name: 'no keyword', filters: {} },
    { name: 'no keyword + filters', filters: FILTERS },
    { name: 'no keyword + rare filters', filters: RARE_FILTERS },
    { name: `1 char common “${common.one}”`, keyword: common.one, filters: {} },
    { name: `1 char common “${common.one}” + filters`, keyword: common.one, filters: FILTERS },
    { name: `1 char common “${common.one}” + rare filters`, keyword: common.one, filters: RARE_FILTERS },
    { name: `1 char rare “${rare.one}”`, keyword: rare.one, filters: {} },
    { name: `1 char absent “${ABSENT.one}”`, keyword: ABSENT.one, filters: {} },
    { name: `2 chars common “${common.two}”`, keyword: common.two, filters: {} },
    { name: `2 chars common “${common.two}” + filters`, keyword: common.two, filters: FILTERS },
    { name: `2 chars rare “${rare.two}”`, keyword: rare.two, filters: {} },
    { name: `2 chars absent “${ABSENT.two}”`, keyword: ABSENT.two, filters: {} },
    { name: `4+ chars common “${common.long}”`, keyword: common.long, filters: {} },
    { name: `4+ chars common “${common.long}” + filters`, keyword: common.long, filters: FILTERS },
    { name: `4+ chars rare “${rare.long}”`, keyword: rare.long, filters: {} },
    { name: `4+ chars absent “${ABSENT.long}”`, keyword: ABSENT.long, filters: {} },
    { name: 'Latin “Java”', keyword: 'Java', filters: {} },
    { name: 'Latin + Chinese “UI设计” + filters', keyword: 'UI设计', filters: FILTERS },
  ];
}

export function describeFilters(filters: Filters): string {
  return Object.entries(filters)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');
}

export function searchPath(shape: Shape, cursor?: string | null): string {
  const query = new URLSearchParams({ limit: '20' });
  if (shape.keyword) query.set('keyword', shape.keyword);
  for (const [key, value] of Object.entries(shape.filters)) query.set(key, String(value));
  if (cursor) query.set('cursor', cursor);
  return `/api/seeker/jobs?${query}`;
}
