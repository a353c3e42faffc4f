import type { Page, PageQuery } from '@openrecruit/shared';

// The server half of the paging contract (packages/shared/src/schemas/paging.ts): a repository
// takes the window, a use case returns the page. The offset is computed here and nowhere else.

export interface PageWindow {
  offset: number;
  limit: number;
}

export function pageWindow(query: Pick<PageQuery, 'page' | 'pageSize'>): PageWindow {
  return { offset: (query.page - 1) * query.pageSize, limit: query.pageSize };
}

export function pageOf<T>(query: Pick<PageQuery, 'page' | 'pageSize'>, items: T[], total: number): Page<T> {
  return { items, total, page: query.page, pageSize: query.pageSize };
}
