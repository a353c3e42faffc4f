import { LoginInput } from '@openrecruit/shared';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { basePath, type ConsoleConfig } from '../../../components/console/console-config';
import { applyFieldErrors, messageOf } from '../../../lib/api';
import { returnPathFrom } from '../../../lib/return-path';
import { schemaRule } from '../../../lib/schema-rules';
import { useLogin, useSession } from '../../../lib/session';

const LoginFields = LoginInput.pick({ account: true, password: true });
type LoginValues = { account: string; password: string };
const FIELD_NAMES = ['account', 'password'] as const;

/** /<area>/login for the four consoles; afterwards back to the page that was wanted. */
export function ConsoleLoginPage({ config }: { config: ConsoleConfig }) {
  const [form] = Form.useForm<LoginValues>();
  const { message } = App.useApp();
  const login = useLogin(config.area);
  const session = useSession(config.area);
  const location = useLocation();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string>();
  const home = basePath(config.area);
  const next = returnPathFrom(location.search, home, `${home}/login`);
  useEffect(() => {
    document.title = `${config.name}登录 - 开放招聘`;
  }, [config.name]);

  if (session.data && !login.isPending && !login.isSuccess) return <Navigate to={next} replace />;

  const onFinish = (values: LoginValues) => {
    setFailure(undefined);
    login.mutate(values, {
      onSuccess: () => navigate(next, { replace: true }),
      onError: (error) => {
        if (applyFieldErrors(form, error, FIELD_NAMES)) return;
        setFailure(messageOf(error));
        message.error(messageOf(error));
      },
    });
  };

  return (
    <main className="console-login">
      <Link to="/" className="console-login__brand">
        <span className="console-header__logo" aria-hidden="true">
          聘
        </span>
        开放招聘
      </Link>
      <Card
        className="console-login__card"
        title={<h1 className="console-login__title">{config.name}登录</h1>}
      >
        {failure ? (
          <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />
        ) : null}
        <Form form={form} layout="vertical" requiredMark={false} onFinish={onFinish} size="large">
          <Form.Item name="account" label="账号" rules={[schemaRule(LoginFields, 'account')]}>
            <Input placeholder={config.login.accountPlaceholder} autoComplete="username" maxLength={64} />
          </Form.Item>
          <Form.Item name="password" label="密码" rules={[schemaRule(LoginFields, 'password')]}>
            <Input.Password placeholder="请输入密码" autoComplete="current-password" maxLength={128} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            登录
          </Button>
        </Form>
      </Card>
      <p className="console-login__footer">
        忘记密码请联系{config.area === 'employer' ? '单位管理员' : '平台运营人员'}重置
        {config.login.registerPath ? (
          <>
            {'，还没有账号？'}
            <Link to={config.login.registerPath}>注册</Link>
          </>
        ) : null}
      </p>
    </main>
  );
}
