import { z } from 'zod';

// One paging contract for every list (the consoles' tables and the seeker's lists): 1-based `page`
// and `pageSize` in the query, `Page<T>` = { items, total, page, pageSize } in the answer.

export const PAGE_SIZE_MAX = 50;

/** `?page=&pageSize=`; extend it with a list's own filters (`PageQuery.extend({...})`). */
export function pageQuery(options: { defaultSize?: number; maxSize?: number } = {}) {
  const max = options.maxSize ?? PAGE_SIZE_MAX;
  return z.object({
    page: z.coerce.number().int('页码不正确').min(1, '页码不正确').max(10_000, '页码不正确').default(1),
    pageSize: z.coerce
      .number()
      .int('每页条数不正确')
      .min(1, '每页条数不正确')
      .max(max, `每页最多${max}条`)
      .default(options.defaultSize ?? 20),
  });
}

export const PageQuery = pageQuery();
export type PageQuery = z.output<typeof PageQuery>;
export type PageQueryInput = z.input<typeof PageQuery>;

/** The response schema of a page of `item`. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
