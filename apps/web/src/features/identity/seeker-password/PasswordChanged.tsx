import { Button, Result } from 'antd-mobile';
import { useNavigate } from 'react-router';

/** Seed 000 §八 and PRODUCT.md seeker 10: the new password works at once; other devices are logged out. */
export function PasswordChanged({ sessionsEnded }: { sessionsEnded: number }) {
  const navigate = useNavigate();
  const others =
    sessionsEnded > 0
      ? `其他设备上的${sessionsEnded}处登录已退出，需使用新密码重新登录。`
      : '其他设备上的登录均已退出（当前没有其他设备登录）。';
  return (
    <>
      <Result status="success" title="密码修改成功" description={`${others}本机保持登录。`} />
      <div className="m-form-footer">
        <Button block color="primary" size="large" onClick={() => navigate('/m/user', { replace: true })}>
          返回用户页面
        </Button>
      </div>
    </>
  );
}
