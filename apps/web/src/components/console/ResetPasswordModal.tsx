import { Alert, App, Form, Input, Modal } from 'antd';
import type { Rule } from 'antd/es/form';
import { useState } from 'react';
import { applyFieldErrors, messageOf } from '../../lib/api';

/** The rule staff initial passwords follow (the shared StaffPassword schema), said once for every console. */
export const STAFF_PASSWORD_HINT = '8-64位，且包含字母、数字、符号中的至少两种';

/**
 * 重置密码 of a staff account (公司成员, 高校账号管理): a new initial password the person must change at
 * the next login. `submit` sends it; a field error lands under the field, anything else is a message.
 */
export function ResetPasswordModal({
  name,
  note,
  rule,
  submit,
  onClose,
}: {
  name: string;
  /** Who tells the person the password, in the console's own words. */
  note: string;
  rule: Rule;
  submit: (initialPassword: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ initialPassword: string }>();
  const [pending, setPending] = useState(false);
  const onFinish = async ({ initialPassword }: { initialPassword: string }) => {
    setPending(true);
    try {
      await submit(initialPassword);
      message.success(`已重置${name}的密码`);
      onClose();
    } catch (error) {
      if (!applyFieldErrors(form, error, ['initialPassword'])) message.error(messageOf(error));
    } finally {
      setPending(false);
    }
  };
  return (
    <Modal
      title={`重置密码：${name}`}
      open
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="重置"
      cancelText="取消"
      okButtonProps={{ loading: pending }}
    >
      <Alert type="info" showIcon title={note} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item name="initialPassword" label="初始密码" extra={STAFF_PASSWORD_HINT} rules={[rule]}>
          <Input.Password maxLength={64} autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
