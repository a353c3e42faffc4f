import { InfiniteScroll } from 'antd-mobile';

/** What LoadMore needs of a useInfiniteQuery result. */
export interface PagedQuery {
  hasNextPage: boolean;
  fetchNextPage: () => Promise<{ isError: boolean; error: unknown }>;
}

/**
 * The foot of a paged list in the seeker's app: the next page loads as it scrolls into view; a
 * failure offers 重试 and the rows loaded so far stay.
 */
export function LoadMore({ query, noun }: { query: PagedQuery; noun: string }) {
  const loadMore = async () => {
    const next = await query.fetchNextPage();
    if (next.isError) throw next.error;
  };
  return (
    <InfiniteScroll loadMore={loadMore} hasMore={query.hasNextPage}>
      {(hasMore, failed, retry) =>
        failed ? (
          <button type="button" className="m-text-button" onClick={retry}>
            加载失败，点击重试
          </button>
        ) : hasMore ? (
          <span className="m-muted">正在加载更多{noun}…</span>
        ) : (
          <span className="m-muted">没有更多{noun}了</span>
        )
      }
    </InfiniteScroll>
  );
}
