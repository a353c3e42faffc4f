import { Button, ErrorBlock, SpinLoading } from 'antd-mobile';
import { Navigate, Outlet, useLocation } from 'react-router';
import { messageOf } from '../../lib/api';
import { loginPathFor } from '../../lib/return-path';
import { isLoggingOut, useSession } from '../../lib/session';

/** Pages that need a logged-in seeker: without a session, go to 登录 and come back afterwards. */
export function SeekerGuard() {
  const session = useSession('seeker');
  const location = useLocation();
  if (session.isPending) {
    return (
      <div className="m-centred" role="status" aria-label="正在加载">
        <SpinLoading color="primary" />
      </div>
    );
  }
  if (session.isError) {
    return (
      <ErrorBlock status="default" title="加载失败" description={messageOf(session.error)}>
        <Button color="primary" onClick={() => void session.refetch()}>
          重试
        </Button>
      </ErrorBlock>
    );
  }
  if (!session.data) {
    return isLoggingOut('seeker') ? null : <Navigate to={loginPathFor('/m/login', location)} replace />;
  }
  return <Outlet />;
}
