import { Button, ErrorBlock, SpinLoading } from 'antd-mobile';
import { ApiError, messageOf } from '../../lib/api';

/** A query's loading state inside a page. */
export function LoadingBlock({ label = '正在加载' }: { label?: string }) {
  return (
    <div className="m-centred" role="status" aria-label={label}>
      <SpinLoading color="primary" />
    </div>
  );
}

/** A query's failure: the server's message, and 重试 unless the record is gone. */
export function LoadFailed({ error, retry }: { error: unknown; retry: () => void }) {
  if (error instanceof ApiError && error.status === 404) {
    return <ErrorBlock status="empty" title="记录不存在" description={messageOf(error)} />;
  }
  return (
    <ErrorBlock status="default" title="加载失败" description={messageOf(error)}>
      <Button color="primary" onClick={retry}>
        重试
      </Button>
    </ErrorBlock>
  );
}
