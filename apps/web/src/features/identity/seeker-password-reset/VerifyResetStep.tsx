import {
  PASSWORD_VERIFY_ROUTES,
  SendSeekerPasswordResetCodeInput,
  VerifySeekerPasswordResetInput,
} from '@openrecruit/shared';
import { Button, Form, Input, Toast } from 'antd-mobile';
import { useState } from 'react';
import { ChoiceList } from '../../../components/mobile/ChoiceList';
import { FormField } from '../../../components/mobile/FormField';
import { applyFieldErrors, messageOf } from '../../../lib/api';
import { schemaRule } from '../../../lib/schema-rules';
import { useSendPasswordResetCode, useVerifyPasswordReset } from '../api';
import {
  BankCardField,
  type CodeSent,
  codeSentFrom,
  SmsCodeField,
} from '../seeker-password/VerificationFields';

type Route = (typeof PASSWORD_VERIFY_ROUTES)[number]['code'];
type ResetValues = { idNumber: string; route: Route; mobile?: string; code?: string; bankCard?: string };

const [SmsRoute, BankCardRoute] = VerifySeekerPasswordResetInput.options;
const FIELD_NAMES = ['idNumber', 'mobile', 'code', 'bankCard'] as const;

/**
 * 找回密码, step 1 (decision 015): the ID number, then 短信验证码 to the mobile registered at sign-up
 * or the bank card given then. Works without a login, also while the ID number is locked.
 */
export function VerifyResetStep({
  idNumber,
  onVerified,
}: {
  idNumber?: string;
  onVerified: (ticket: string) => void;
}) {
  const [form] = Form.useForm<ResetValues>();
  const route = Form.useWatch('route', form);
  const [sent, setSent] = useState<CodeSent>();
  const sendCode = useSendPasswordResetCode();
  const verify = useVerifyPasswordReset();

  const requestCode = async () => {
    const values = await form.validateFields(['idNumber', 'mobile']).catch(() => undefined);
    if (!values?.idNumber || !values.mobile) return;
    sendCode.mutate(
      { idNumber: values.idNumber, mobile: values.mobile },
      {
        onSuccess: (result) => setSent(codeSentFrom(result)),
        onError: (error) => {
          if (!applyFieldErrors(form, error, FIELD_NAMES))
            Toast.show({ content: messageOf(error), icon: 'fail' });
        },
      },
    );
  };

  const onFinish = (values: ResetValues) =>
    verify.mutate(
      values.route === 'sms'
        ? { idNumber: values.idNumber, route: 'sms', code: values.code }
        : { idNumber: values.idNumber, route: 'bank_card', bankCard: values.bankCard },
      {
        onSuccess: ({ ticket }) => onVerified(ticket),
        onError: (error) => {
          if (!applyFieldErrors(form, error, FIELD_NAMES))
            Toast.show({ content: messageOf(error), icon: 'fail' });
        },
      },
    );

  return (
    <Form
      name="password-reset"
      form={form}
      className="m-form"
      layout="horizontal"
      requiredMarkStyle="none"
      initialValues={{ route: 'sms', idNumber }}
      onFinish={onFinish}
      footer={
        <Button block type="submit" color="primary" size="large" loading={verify.isPending}>
          下一步
        </Button>
      }
    >
      <FormField
        name="idNumber"
        label="身份证号"
        rules={[schemaRule(SmsRoute, 'idNumber')]}
        validateTrigger="onBlur"
      >
        <Input placeholder="请输入身份证号或居住证号码" autoComplete="username" maxLength={64} clearable />
      </FormField>
      <Form.Header>
        <span id="reset-route">选择一个途径进行身份认证</span>
      </Form.Header>
      <FormField name="route">
        <ChoiceList options={PASSWORD_VERIFY_ROUTES} labelledBy="reset-route" />
      </FormField>
      {/* Arrays, not fragments: antd-mobile's Form does not see Form.Header inside React 19 fragments. */}
      {route === 'bank_card'
        ? [
            <BankCardField
              key="bank-card"
              rules={[schemaRule(BankCardRoute, 'bankCard')]}
              placeholder="注册时登记的银行卡号"
            />,
          ]
        : [
            <FormField
              key="mobile"
              name="mobile"
              label="注册手机"
              rules={[schemaRule(SendSeekerPasswordResetCodeInput, 'mobile')]}
              validateTrigger="onBlur"
            >
              <Input placeholder="注册时登记的手机号" inputMode="tel" autoComplete="tel" maxLength={11} />
            </FormField>,
            <Form.Header key="sms-header">
              <span aria-live="polite">
                {sent ? `如手机号与注册时登记的一致，验证码已发送至 ${sent.mobileMasked}` : ''}
              </span>
            </Form.Header>,
            <SmsCodeField
              key="sms-code"
              rules={[schemaRule(SmsRoute, 'code')]}
              sent={sent}
              sending={sendCode.isPending}
              onRequestCode={requestCode}
            />,
          ]}
    </Form>
  );
}
