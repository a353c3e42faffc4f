import type { Page } from '@openrecruit/shared';

// The web half of the paging contract (packages/shared/src/schemas/paging.ts) for lists the seeker's
// app loads page after page (useInfiniteQuery): which page comes next, and the rows loaded so far.

/** The next page's number, or undefined after the last one (`getNextPageParam`). */
export function nextPageOf(page: Page<unknown>): number | undefined {
  return page.page * page.pageSize < page.total ? page.page + 1 : undefined;
}

/**
 * The rows of the loaded pages in order. A row that moved to a later page between two fetches
 * (a newer one came in at the top) would show twice: it is kept once, where it was first.
 */
export function rowsOf<T extends { id: string }>(pages: readonly Page<T>[] | undefined): T[] {
  const seen = new Set<string>();
  return (pages ?? []).flatMap((page) =>
    page.items.filter((row) => {
      if (seen.has(row.id)) return false;
      seen.add(row.id);
      return true;
    }),
  );
}
