import { PASSWORD_VERIFY_ROUTES, parseBankCard, VerifySeekerIdentityInput } from '@openrecruit/shared';
import { Button, Form, Toast } from 'antd-mobile';
import { useState } from 'react';
import { ChoiceList } from '../../../components/mobile/ChoiceList';
import { FormField } from '../../../components/mobile/FormField';
import { applyFieldErrors, messageOf } from '../../../lib/api';
import { schemaRule, warningRule } from '../../../lib/schema-rules';
import { useSendPasswordSmsCode, useVerifySeekerIdentity } from '../api';
import { BankCardField, type CodeSent, codeSentFrom, SmsCodeField } from './VerificationFields';

type Route = (typeof PASSWORD_VERIFY_ROUTES)[number]['code'];
type VerifyValues = { route: Route; code?: string; bankCard?: string };

const [SmsRoute, BankCardRoute] = VerifySeekerIdentityInput.options;
const FIELD_NAMES = ['code', 'bankCard'] as const;

function bankCardWarnings(value: string): string[] {
  const card = parseBankCard(value);
  return card.ok ? card.warnings : [];
}

/** Seed 000 §八.2: 短信验证码验证 (to the registered mobile) or 银行卡验证 (the card given at sign-up). */
export function VerifyIdentityStep({ onVerified }: { onVerified: (ticket: string) => void }) {
  const [form] = Form.useForm<VerifyValues>();
  const route = Form.useWatch('route', form);
  const [sent, setSent] = useState<CodeSent>();

  const sendCode = useSendPasswordSmsCode();
  const requestCode = () =>
    sendCode.mutate(undefined, {
      // The header above the field says where it went (aria-live), so no toast on top of it.
      onSuccess: (result) => setSent(codeSentFrom(result)),
      onError: (error) => Toast.show({ content: messageOf(error), icon: 'fail' }),
    });
  const verify = useVerifySeekerIdentity();

  const onFinish = (values: VerifyValues) =>
    verify.mutate(
      values.route === 'sms'
        ? { route: 'sms', code: values.code }
        : { route: 'bank_card', bankCard: values.bankCard },
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
      form={form}
      className="m-form"
      layout="horizontal"
      requiredMarkStyle="none"
      initialValues={{ route: 'sms' }}
      onFinish={onFinish}
      footer={
        <Button block type="submit" color="primary" size="large" loading={verify.isPending}>
          下一步
        </Button>
      }
    >
      <Form.Header>
        <span id="verify-route">选择一个途径进行身份认证</span>
      </Form.Header>
      <FormField name="route">
        <ChoiceList options={PASSWORD_VERIFY_ROUTES} labelledBy="verify-route" />
      </FormField>
      {/* Arrays, not fragments: antd-mobile's Form looks for Form.Header with a react-is that does
          not recognise React 19 fragments. */}
      {route === 'bank_card'
        ? [
            <Form.Header key="bank-card-header">请输入注册时登记的银行卡号</Form.Header>,
            <BankCardField
              key="bank-card"
              rules={[schemaRule(BankCardRoute, 'bankCard'), warningRule(bankCardWarnings)]}
              placeholder="请输入本人银行卡号"
              clearable
            />,
          ]
        : [
            <Form.Header key="sms-header">
              <span aria-live="polite">
                {sent ? `验证码已发送至注册手机 ${sent.mobileMasked}` : '验证码将发送至注册时登记的手机'}
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
