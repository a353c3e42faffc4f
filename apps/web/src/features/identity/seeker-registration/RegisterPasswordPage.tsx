import { CompleteSeekerRegistrationInput, checkSeekerPassword } from '@openrecruit/shared';
import { Button, Form, List, Toast } from 'antd-mobile';
import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { MobilePage } from '../../../components/mobile/MobilePage';
import { NewSixDigitPassword } from '../../../components/mobile/NewSixDigitPassword';
import { NoticeBox } from '../../../components/mobile/NoticeBox';
import { ApiError, applyFieldErrors, messageOf } from '../../../lib/api';
import { useCompleteSeekerRegistration } from '../api';
import { PasswordNotes } from './PasswordNotes';
import {
  abandonRegistration,
  completeRegistration,
  loadPendingRegistration,
  pendingIdNumber,
} from './registration-store';
import './registration.css';

type PasswordValues = { password: string; confirmPassword: string };
const FIELD_NAMES = ['password', 'confirmPassword'] as const;

// The server refuses weak passwords (e.g. the ID's last 6 digits) with the ID it holds; the page
// repeats the check while typing when it still has the ID in memory.
const notWeakRule = {
  validator: async (_rule: unknown, value: unknown) => {
    const idNumber = pendingIdNumber();
    if (typeof value !== 'string' || !/^\d{6}$/.test(value) || !idNumber) return;
    const result = checkSeekerPassword(value, { idNumber });
    if (!result.ok) throw new Error(result.reason);
  },
};

/** Seed 000 §一.3, second half (the page the seed titles 注册结果): 输入密码, 重复密码, 确定. */
export function RegisterPasswordPage() {
  const [form] = Form.useForm<PasswordValues>();
  const navigate = useNavigate();
  // Read once: completing the sign-up clears the store before this page navigates away.
  const [pending] = useState(loadPendingRegistration);
  const complete = useCompleteSeekerRegistration();

  if (!pending) return <Navigate to="/m/register" replace />;

  const onFinish = (values: PasswordValues) =>
    complete.mutate(
      { ...values, ticket: pending.ticket },
      {
        onSuccess: (completed) => {
          completeRegistration(completed);
          navigate('/m/register/result', { replace: true });
        },
        onError: (error) => {
          if (applyFieldErrors(form, error, FIELD_NAMES)) return;
          Toast.show({ content: messageOf(error), icon: 'fail' });
          if (error instanceof ApiError && error.code === 'REGISTRATION_EXPIRED') {
            abandonRegistration();
            navigate('/m/register', { replace: true });
          }
        },
      },
    );

  return (
    <MobilePage title="注册结果" back={{ to: '/m/login', label: '登录' }}>
      <NoticeBox title={`实名核验方式：${pending.verifier.name}`}>
        <p>{pending.verifier.notice}</p>
        {pending.warnings.length > 0 ? (
          <ul className="m-register__warnings" aria-label="提示">
            {pending.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        ) : null}
      </NoticeBox>
      <List className="m-form m-register__static">
        <List.Item prefix="身份证号:">{pending.idNumberMasked}</List.Item>
      </List>
      <Form
        form={form}
        className="m-form"
        layout="horizontal"
        requiredMarkStyle="none"
        onFinish={onFinish}
        footer={
          <Button block type="submit" color="primary" size="large" loading={complete.isPending}>
            确定
          </Button>
        }
      >
        <NewSixDigitPassword
          schema={CompleteSeekerRegistrationInput}
          labels={['输入密码', '重复密码']}
          placeholders={['只能是6位数字', '请再次输入密码']}
          extraRules={[notWeakRule]}
        />
      </Form>
      <PasswordNotes />
    </MobilePage>
  );
}
