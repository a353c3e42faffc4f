import { Button, type FormItemProps, Input } from 'antd-mobile';
import { FormField } from '../../../components/mobile/FormField';
import { useCountdown } from './use-countdown';

// The two ways a seeker proves who they are before a new 交易密码 (修改 and 找回): a 短信验证码 or the
// bank card given at sign-up. Fields only: antd-mobile's Form finds each Form.Header among its own
// children, so the headers above these stay in the step that uses them.

/** Where the last code went and when 获取验证码 may be pressed again (a Date.now() value). */
export type CodeSent = { mobileMasked: string; resendAt: number };

export function codeSentFrom(result: { mobileMasked: string; resendAfterSeconds: number }): CodeSent {
  return { mobileMasked: result.mobileMasked, resendAt: Date.now() + result.resendAfterSeconds * 1000 };
}

/** 短信验证码 with its 获取验证码 button, which counts down until the code may be sent again. */
export function SmsCodeField({
  rules,
  sent,
  sending,
  onRequestCode,
}: {
  rules: FormItemProps['rules'];
  sent: CodeSent | undefined;
  sending: boolean;
  onRequestCode: () => void;
}) {
  const secondsLeft = useCountdown(sent?.resendAt);
  return (
    <FormField
      name="code"
      label="短信验证码"
      rules={rules}
      validateTrigger="onBlur"
      extra={
        <Button
          size="small"
          color="primary"
          fill="outline"
          loading={sending}
          disabled={secondsLeft > 0}
          onClick={onRequestCode}
        >
          {secondsLeft > 0 ? `${secondsLeft}秒后重新获取` : sent ? '重新获取' : '获取验证码'}
        </Button>
      }
    >
      <Input
        placeholder="6位数字"
        inputMode="numeric"
        pattern="[0-9]*"
        maxLength={6}
        autoComplete="one-time-code"
      />
    </FormField>
  );
}

/** 银行卡号: digits of the card registered at sign-up (19 digits and the spaces between groups fit in 23). */
export function BankCardField({
  rules,
  placeholder,
  clearable,
}: {
  rules: FormItemProps['rules'];
  placeholder: string;
  clearable?: boolean;
}) {
  return (
    <FormField name="bankCard" label="银行卡号" rules={rules}>
      <Input
        placeholder={placeholder}
        inputMode="numeric"
        autoComplete="off"
        maxLength={23}
        clearable={clearable}
      />
    </FormField>
  );
}
