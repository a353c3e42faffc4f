import { Input, type InputProps } from 'antd-mobile';

/**
 * The seeker's password field (seed 000 §一.3: 只能是6位数字): hidden, a numeric keyboard on phones,
 * six characters. Form.Item passes value and onChange through.
 */
export function SixDigitPasswordInput(
  props: Omit<InputProps, 'type' | 'inputMode' | 'pattern' | 'maxLength'>,
) {
  return <Input {...props} type="password" inputMode="numeric" pattern="[0-9]*" maxLength={6} />;
}
