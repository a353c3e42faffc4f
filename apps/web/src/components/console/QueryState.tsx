import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Skeleton, Spin } from 'antd';
import type { ReactNode } from 'react';
import { messageOf } from '../../lib/api';

/** A query's failure in a console: the server's own message (ApiError) and 重试. */
export function QueryError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <Alert
      type="error"
      showIcon
      title={messageOf(error)}
      action={
        <Button size="small" onClick={retry}>
          重试
        </Button>
      }
    />
  );
}

/**
 * The one way a console page waits for a query (like components/mobile/LoadState in the seeker
 * app): a skeleton, or a spinner inside drawers and lists, while loading; the failure with 重试;
 * then `children` with the data.
 */
export function QueryState<T, E>({
  query,
  loading = 'skeleton',
  children,
}: {
  query: UseQueryResult<T, E>;
  loading?: 'skeleton' | 'spin';
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) {
    return loading === 'skeleton' ? (
      <Skeleton active />
    ) : (
      <div
        role="status"
        aria-label="正在加载"
        style={{ display: 'flex', justifyContent: 'center', margin: '48px 0' }}
      >
        <Spin />
      </div>
    );
  }
  if (query.isError) return <QueryError error={query.error} retry={() => void query.refetch()} />;
  return children(query.data);
}
