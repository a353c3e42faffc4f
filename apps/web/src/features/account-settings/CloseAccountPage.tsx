import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { applyFieldErrors, messageOf } from '../../lib/api';
import { useLogout, useSignedInSession } from '../../lib/session';
import { useCloseAccount } from './api';

/**
 * 账号设置 > 账号注销 (seed 002): after the login password the account is closed for good (its
 * records are kept), the person is logged out and sent to the login page.
 */
export function CloseAccountPage() {
  const { account } = useSignedInSession('employer');
  const [open, setOpen] = useState(false);
  useEffect(() => {
    document.title = '账号注销 - 开放招聘';
  }, []);
  return (
    <div className="console-card">
      <h1 className="console-page-title">账号注销</h1>
      <Alert
        type="warning"
        showIcon
        title="账号注销后将无法使用系统办理业务"
        description={
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            <li>注销后无法再用本账号登录，也不能恢复；</li>
            <li>您经手的职位、简历处理和沟通记录仍保留在本单位；</li>
            {account.companyRole === 'admin' ? (
              <li>
                您是单位管理员：单位还有其他成员时，需先由其他成员“申请管理员”并经平台审核通过后才能注销。
              </li>
            ) : null}
          </ul>
        }
        style={{ marginBottom: 24 }}
      />
      <Button danger type="primary" onClick={() => setOpen(true)}>
        注销账号
      </Button>
      {open ? <CloseAccountDialog onCancel={() => setOpen(false)} /> : null}
    </div>
  );
}

function CloseAccountDialog({ onCancel }: { onCancel: () => void }) {
  const [form] = Form.useForm<{ password: string }>();
  const { message } = App.useApp();
  const close = useCloseAccount();
  const logout = useLogout('employer', '/employer/login');
  const [failure, setFailure] = useState<string>();
  const onFinish = ({ password }: { password: string }) => {
    setFailure(undefined);
    close.mutate(password, {
      onSuccess: () =>
        logout.mutate(undefined, {
          onSettled: () => {
            message.success({ content: '账号已注销，已退出登录', duration: 6 });
          },
        }),
      onError: (error) => {
        if (!applyFieldErrors(form, error, ['password'] as const)) setFailure(messageOf(error));
      },
    });
  };
  return (
    <Modal
      open
      title="确认注销账号"
      okText="确认注销"
      okButtonProps={{ danger: true, loading: close.isPending || logout.isPending }}
      cancelText="取消"
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <p>注销后将无法使用系统办理业务，且不能恢复。请输入登录密码确认。</p>
      {failure ? (
        <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />
      ) : null}
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item name="password" label="登录密码" rules={[{ required: true, message: '请输入登录密码' }]}>
          <Input.Password autoComplete="current-password" maxLength={128} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
