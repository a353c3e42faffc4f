import { Radio, Space } from 'antd-mobile';
import './mobile.css';

export type Choice = { code: string; label: string };

/**
 * One choice out of a few, as a vertical list of radios (实名认证方式, 身份认证途径), named by the
 * heading whose id is `labelledBy`. Use it as the control of a FormField: value and onChange come
 * from the form.
 */
export function ChoiceList({
  options,
  labelledBy,
  value,
  onChange,
}: {
  options: readonly Choice[];
  labelledBy: string;
  value?: string;
  onChange?: (value: string) => void;
}) {
  return (
    <Radio.Group value={value} onChange={(chosen) => onChange?.(String(chosen))}>
      <div role="radiogroup" aria-labelledby={labelledBy}>
        <Space direction="vertical" block className="m-choice-list">
          {options.map((option) => (
            <Radio key={option.code} value={option.code} block>
              {option.label}
            </Radio>
          ))}
        </Space>
      </div>
    </Radio.Group>
  );
}
