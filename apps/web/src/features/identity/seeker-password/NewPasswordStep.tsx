import { ChangeSeekerPasswordInput } from '@openrecruit/shared';
import { Button, Form, Toast } from 'antd-mobile';
import { NewSixDigitPassword } from '../../../components/mobile/NewSixDigitPassword';
import { ApiError, applyFieldErrors, messageOf } from '../../../lib/api';
import { useChangeSeekerPassword } from '../api';

type PasswordValues = { password: string; confirmPassword: string };
const FIELD_NAMES = ['password', 'confirmPassword'] as const;

/** Seed 000 §八.3: 输入新密码完成密码修改 (仅支持6位数字). */
export function NewPasswordStep({
  ticket,
  reset = false,
  onChanged,
  onTicketExpired,
}: {
  ticket: string;
  /** 找回密码 (logged out) rather than 修改密码. */
  reset?: boolean;
  onChanged: (sessionsEnded: number) => void;
  onTicketExpired: () => void;
}) {
  const [form] = Form.useForm<PasswordValues>();
  const change = useChangeSeekerPassword(ticket, reset);

  const onFinish = (values: PasswordValues) =>
    change.mutate(values, {
      onSuccess: (result) => onChanged(result.sessionsEnded ?? 0),
      onError: (error) => {
        if (applyFieldErrors(form, error, FIELD_NAMES)) return;
        Toast.show({ content: messageOf(error), icon: 'fail' });
        if (error instanceof ApiError && error.code === 'VERIFICATION_EXPIRED') onTicketExpired();
      },
    });

  return (
    <Form
      name="new-password"
      form={form}
      className="m-form"
      layout="horizontal"
      requiredMarkStyle="none"
      onFinish={onFinish}
      footer={
        <Button block type="submit" color="primary" size="large" loading={change.isPending}>
          确定
        </Button>
      }
    >
      <Form.Header>身份认证已通过，请设置新密码（仅支持6位数字）</Form.Header>
      <NewSixDigitPassword
        schema={ChangeSeekerPasswordInput}
        labels={['新密码', '重复新密码']}
        placeholders={['仅支持6位数字', '请再次输入新密码']}
      />
    </Form>
  );
}
