import { LoginInput } from '@openrecruit/shared';
import { Button, Form, Input, Toast } from 'antd-mobile';
import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { FormField } from '../../../components/mobile/FormField';
import { MobilePage } from '../../../components/mobile/MobilePage';
import { NoticeBox } from '../../../components/mobile/NoticeBox';
import { SixDigitPasswordInput } from '../../../components/mobile/SixDigitPasswordInput';
import { applyFieldErrors, messageOf } from '../../../lib/api';
import { returnPathFrom } from '../../../lib/return-path';
import { schemaRule } from '../../../lib/schema-rules';
import { useLogin, useSession } from '../../../lib/session';
import { PasswordResetPopup } from '../seeker-password-reset/PasswordResetPopup';
import './seeker-login.css';

const LoginFields = LoginInput.pick({ account: true, password: true });
type LoginValues = { account: string; password: string };
const FIELD_NAMES = ['account', 'password'] as const;

/**
 * Seed 000 §一.2 and §一.4: 身份证号 (or a residence-permit number, or the account number a centre
 * generated) and the 6-digit password; 注册账号 below. Afterwards back to where the person came from.
 */
export function SeekerLoginPage() {
  const [form] = Form.useForm<LoginValues>();
  const login = useLogin('seeker');
  const session = useSession('seeker');
  const location = useLocation();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string>();
  const [resetting, setResetting] = useState(false);
  const next = returnPathFrom(location.search, '/m', '/m/login');

  if (session.data && !login.isPending && !login.isSuccess) return <Navigate to={next} replace />;

  const onFinish = (values: LoginValues) => {
    setFailure(undefined);
    login.mutate(values, {
      onSuccess: () => navigate(next, { replace: true }),
      onError: (error) => {
        if (applyFieldErrors(form, error, FIELD_NAMES)) return;
        setFailure(messageOf(error));
        Toast.show({ content: messageOf(error), icon: 'fail' });
      },
    });
  };

  return (
    <MobilePage title="登录" back={{ to: '/m', label: '首页' }}>
      <Form
        name="seeker-login"
        form={form}
        className="m-form"
        layout="horizontal"
        requiredMarkStyle="none"
        onFinish={onFinish}
        footer={
          <>
            {failure ? (
              <p className="m-login__failure" role="alert">
                {failure}
              </p>
            ) : null}
            <Button block type="submit" color="primary" size="large" loading={login.isPending}>
              登录
            </Button>
            <Button
              block
              fill="none"
              color="primary"
              className="m-login__reset"
              onClick={() => setResetting(true)}
            >
              忘记密码？找回密码
            </Button>
          </>
        }
      >
        <FormField
          name="account"
          label="身份证号"
          rules={[schemaRule(LoginFields, 'account')]}
          validateTrigger="onBlur"
        >
          <Input placeholder="请输入身份证号或居住证号码" autoComplete="username" maxLength={64} clearable />
        </FormField>
        <FormField
          name="password"
          label="密码"
          rules={[schemaRule(LoginFields, 'password')]}
          validateTrigger="onBlur"
        >
          <SixDigitPasswordInput placeholder="请输入6位数字密码" autoComplete="current-password" />
        </FormField>
      </Form>
      <div className="m-login__register">
        <Link to="/m/register" className="m-login__register-link">
          注册账号
        </Link>
        <p className="m-login__register-note">（支持银行卡实名认证、支付宝账号认证、人脸识别认证）</p>
      </div>
      <NoticeBox tone="warning">
        <p>注：持港澳台通行证或居住证人员，请先到各区就业促进中心申请账号、密码后再登录使用。</p>
      </NoticeBox>
      <PasswordResetPopup
        visible={resetting}
        idNumber={form.getFieldValue('account')}
        onClose={() => setResetting(false)}
      />
    </MobilePage>
  );
}
