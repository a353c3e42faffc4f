import type { FormItemProps } from 'antd-mobile';
import { type ObjectSchema, schemaRule } from '../../lib/schema-rules';
import { FormField } from './FormField';
import { SixDigitPasswordInput } from './SixDigitPasswordInput';

/**
 * A new 6-digit password typed twice (seed 000 §一.3 sign-up, §八.3 change), fields `password` and
 * `confirmPassword` checked by the form's shared schema (两次输入的密码不一致 included), plus any
 * extra rules for the first.
 */
export function NewSixDigitPassword({
  schema,
  labels,
  placeholders,
  extraRules = [],
}: {
  schema: ObjectSchema;
  labels: [password: string, confirm: string];
  placeholders: [password: string, confirm: string];
  extraRules?: NonNullable<FormItemProps['rules']>;
}) {
  return (
    <>
      <FormField name="password" label={labels[0]} rules={[schemaRule(schema, 'password'), ...extraRules]}>
        <SixDigitPasswordInput placeholder={placeholders[0]} autoComplete="new-password" />
      </FormField>
      <FormField
        name="confirmPassword"
        label={labels[1]}
        dependencies={['password']}
        rules={[schemaRule(schema, 'confirmPassword')]}
      >
        <SixDigitPasswordInput placeholder={placeholders[1]} autoComplete="new-password" />
      </FormField>
    </>
  );
}
