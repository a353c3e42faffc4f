import { BENEFIT_TAG_PRESETS, BenefitTag, COMPANY_BRAND_LIMITS } from '@openrecruit/shared';
import { Button, Input, Space, Tag } from 'antd';
import { useId, useState } from 'react';

type Props = { value?: string[]; onChange?: (tags: string[]) => void; readOnly: boolean };

/** 福利标签: the preset tags to tick, plus custom ones typed in (at most 10 in all). */
export function BenefitTagsPicker({ value = [], onChange, readOnly }: Props) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string>();
  const inputId = useId();
  const full = value.length >= COMPANY_BRAND_LIMITS.benefitTagsMax;
  const presets: readonly string[] = BENEFIT_TAG_PRESETS;
  const custom = value.filter((tag) => !presets.includes(tag));

  const toggle = (tag: string, on: boolean) =>
    onChange?.(on ? [...value, tag] : value.filter((item) => item !== tag));

  const addCustom = () => {
    const parsed = BenefitTag.safeParse(draft);
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message);
    if (value.includes(parsed.data)) return setProblem('福利标签不能重复');
    if (full) return setProblem(`福利标签最多${COMPANY_BRAND_LIMITS.benefitTagsMax}个`);
    onChange?.([...value, parsed.data]);
    setDraft('');
    setProblem(undefined);
  };

  if (readOnly)
    return value.length ? (
      <Space wrap>
        {value.map((tag) => (
          <Tag key={tag} color="blue">
            {tag}
          </Tag>
        ))}
      </Space>
    ) : (
      <span>未设置</span>
    );

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap size={[8, 8]} role="group" aria-label="常用福利标签">
        {BENEFIT_TAG_PRESETS.map((tag) => {
          const checked = value.includes(tag);
          return (
            <Button
              key={tag}
              size="small"
              type={checked ? 'primary' : 'default'}
              aria-pressed={checked}
              disabled={!checked && full}
              onClick={() => toggle(tag, !checked)}
            >
              {tag}
            </Button>
          );
        })}
      </Space>
      {custom.length ? (
        <Space wrap size={[8, 8]} aria-label="自定义福利标签">
          {custom.map((tag) => (
            <Tag key={tag} color="blue" closable onClose={() => toggle(tag, false)} closeIcon>
              {tag}
            </Tag>
          ))}
        </Space>
      ) : null}
      <Space>
        <label htmlFor={inputId}>自定义标签</label>
        <Input
          id={inputId}
          value={draft}
          maxLength={COMPANY_BRAND_LIMITS.benefitTagMaxChars}
          placeholder="如：下午茶"
          style={{ width: 180 }}
          status={problem ? 'error' : undefined}
          onChange={(event) => {
            setDraft(event.target.value);
            setProblem(undefined);
          }}
          onPressEnter={(event) => {
            event.preventDefault();
            addCustom();
          }}
        />
        <Button onClick={addCustom} disabled={full}>
          添加
        </Button>
        <span className="company-settings__hint">
          已选 {value.length}/{COMPANY_BRAND_LIMITS.benefitTagsMax}
        </span>
      </Space>
      {problem ? <span style={{ color: '#ff4d4f' }}>{problem}</span> : null}
    </Space>
  );
}
