import { Alert, App, Button, Form, Modal, Popconfirm } from 'antd';
import type { ReactNode } from 'react';
import { applyFieldErrors, messageOf } from '../../lib/api';

// The parts 公司成员 and 高校账号管理 share: a new account with an initial password, and turning
// an account off or on again, each console in its own words.

/**
 * 新增 of a staff account: the form's fields are the children; a field error lands under its
 * field, anything else is a message; on success the console's own words and the dialog closes.
 */
export function NewStaffAccountModal<T extends object>({
  title,
  note,
  fields,
  pending,
  submit,
  success,
  onClose,
  children,
}: {
  title: string;
  /** Who tells the person the initial password, in the console's own words. */
  note: string;
  fields: (keyof T & string)[];
  pending: boolean;
  submit: (values: T) => Promise<{ name: string }>;
  success: (name: string) => string;
  onClose: () => void;
  children: ReactNode;
}) {
  const { message } = App.useApp();
  // Untyped: the fields are the caller's children; the values are checked by `submit`'s type.
  const [form] = Form.useForm();
  const onFinish = async (values: T) => {
    try {
      const account = await submit(values);
      message.success(success(account.name));
      onClose();
    } catch (error) {
      if (!applyFieldErrors(form, error, fields)) message.error(messageOf(error));
    }
  };
  return (
    <Modal
      title={title}
      open
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="新增"
      cancelText="取消"
      okButtonProps={{ loading: pending }}
    >
      <Alert type="info" showIcon title={note} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={onFinish}>
        {children}
      </Form>
    </Modal>
  );
}

/** One way of the switch: its button, its question (with the person's name) and what follows. */
interface SwitchWords {
  label: string;
  question: (name: string) => string;
  note: string;
}

/** The words of turning an account off and on again (停用/启用, 注销账户/恢复账户). */
export interface AccountSwitchWords {
  off: SwitchWords;
  on: SwitchWords;
}

/** The row action that turns an account off (danger) or on again, after a confirmation. */
export function AccountSwitch({
  name,
  active,
  words,
  onConfirm,
}: {
  name: string;
  active: boolean;
  words: AccountSwitchWords;
  onConfirm: () => void;
}) {
  const way = active ? words.off : words.on;
  return (
    <Popconfirm
      title={way.question(name)}
      description={way.note}
      okText={way.label}
      cancelText="取消"
      okButtonProps={{ danger: active }}
      onConfirm={onConfirm}
    >
      <Button type="link" danger={active} aria-label={`${way.label}：${name}`}>
        {way.label}
      </Button>
    </Popconfirm>
  );
}
