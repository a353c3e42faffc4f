import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import './page-states.css';

// Plain markup: these show before (or instead of) an area's UI kit has loaded.

export function PageLoading() {
  return (
    <div className="page-state" role="status" aria-live="polite">
      <span className="page-state__spinner" aria-hidden="true" />
      <span>正在加载…</span>
    </div>
  );
}

export function NotFoundPage() {
  return (
    <main className="page-state">
      <h1>页面不存在</h1>
      <p>您访问的地址不存在或已移除。</p>
      <Link to="/">返回开放招聘首页</Link>
    </main>
  );
}

export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  // A chunk that fails to load usually means a new version was deployed: reloading fetches it.
  const chunkFailed = error instanceof TypeError && /dynamically imported module|import/i.test(error.message);
  return (
    <main className="page-state">
      <h1>{chunkFailed ? '页面已更新' : '页面出错了'}</h1>
      <p>{chunkFailed ? '开放招聘已发布新版本，请刷新页面。' : '页面遇到了问题，请刷新后重试。'}</p>
      <button type="button" onClick={() => window.location.reload()}>
        刷新页面
      </button>
    </main>
  );
}
