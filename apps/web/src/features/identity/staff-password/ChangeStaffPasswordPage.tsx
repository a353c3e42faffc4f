import { ChangeStaffPasswordInput } from '@openrecruit/shared';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useEffect } from 'react';
import type { ConsoleArea } from '../../../components/console/console-config';
import { applyFieldErrors, messageOf } from '../../../lib/api';
import { schemaRule } from '../../../lib/schema-rules';
import { useRefreshSession } from '../../../lib/session';
import { useChangeStaffPassword } from '../api';

type PasswordValues = { oldPassword: string; password: string; confirmPassword: string };
const FIELD_NAMES = ['oldPassword', 'password', 'confirmPassword'] as const;
const RULE_HINT = '8-64位，且包含字母、数字、符号中的至少两种';

/**
 * Seed 002 账号设置 三、修改密码: 输入旧密码和新密码. Also the only page of a console while its account
 * must replace an initial password (`forced`).
 */
export function ChangeStaffPasswordPage({ area, forced = false }: { area: ConsoleArea; forced?: boolean }) {
  const [form] = Form.useForm<PasswordValues>();
  const { message } = App.useApp();
  const refreshSession = useRefreshSession(area);
  const change = useChangeStaffPassword(area);
  useEffect(() => {
    document.title = '修改密码 - 开放招聘';
  }, []);

  const onFinish = (values: PasswordValues) =>
    change.mutate(values, {
      onSuccess: async (result) => {
        form.resetFields();
        const others = result.sessionsEnded ? `，其他设备上的${result.sessionsEnded}处登录已退出` : '';
        message.success(`密码修改成功${others}`);
        await refreshSession();
      },
      onError: (error) => {
        if (!applyFieldErrors(form, error, FIELD_NAMES)) message.error(messageOf(error));
      },
    });

  return (
    <Card title={<h1 className="console-page-title">修改密码</h1>} style={{ maxWidth: 560 }}>
      {forced ? (
        <Alert
          type="warning"
          showIcon
          title="首次登录请先修改初始密码"
          description="修改后才能使用其他功能。"
          style={{ marginBottom: 24 }}
        />
      ) : null}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={onFinish}>
        <Form.Item
          name="oldPassword"
          label="旧密码"
          rules={[schemaRule(ChangeStaffPasswordInput, 'oldPassword')]}
        >
          <Input.Password autoComplete="current-password" maxLength={64} />
        </Form.Item>
        <Form.Item name="password" label="新密码" rules={[schemaRule(ChangeStaffPasswordInput, 'password')]}>
          <Input.Password autoComplete="new-password" maxLength={64} placeholder={RULE_HINT} />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label="重复新密码"
          dependencies={['password']}
          rules={[schemaRule(ChangeStaffPasswordInput, 'confirmPassword')]}
        >
          <Input.Password autoComplete="new-password" maxLength={64} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          确认修改
        </Button>
      </Form>
    </Card>
  );
}
