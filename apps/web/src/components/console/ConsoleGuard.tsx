import { Button, Result, Skeleton, Spin } from 'antd';
import { Suspense } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { messageOf } from '../../lib/api';
import { loginPathFor } from '../../lib/return-path';
import { isLoggingOut, useSession } from '../../lib/session';
import { ConsoleHeader } from './ConsoleHeader';
import { basePath, type ConsoleConfig } from './console-config';

/**
 * A console's pages need its session: none → its login page, remembering the wanted page. An
 * account that must replace its initial password sees only 修改密码 until it has.
 */
export function ConsoleGuard({ config }: { config: ConsoleConfig }) {
  const session = useSession(config.area);
  const location = useLocation();
  if (session.isPending) {
    return (
      <div className="console-centred">
        <Spin size="large" description="正在加载…" />
      </div>
    );
  }
  if (session.isError) {
    return (
      <Result
        status="error"
        title="加载失败"
        subTitle={messageOf(session.error)}
        extra={
          <Button type="primary" onClick={() => void session.refetch()}>
            重试
          </Button>
        }
      />
    );
  }
  if (!session.data) {
    if (isLoggingOut(config.area)) return null;
    return <Navigate to={loginPathFor(`${basePath(config.area)}/login`, location)} replace />;
  }
  if (session.data.account.mustChangePassword) {
    const ChangePasswordPage = config.identityPages.changePassword;
    return (
      <div className="console-shell">
        <ConsoleHeader config={config} session={session.data} passwordChangeOnly />
        <main className="console-forced">
          <Suspense fallback={<Skeleton active />}>
            <ChangePasswordPage area={config.area} forced />
          </Suspense>
        </main>
      </div>
    );
  }
  return <Outlet />;
}
