import { type KeyboardEvent, type ReactNode, useId, useState } from 'react';
import type { DraftErrors } from './resume-draft';
export function MonthRange({
  startLabel,
  endLabel,
  start,
  end,
  startPath,
  endPath,
  errors,
  onChange,
}: {
  startLabel: string;
  endLabel: string;
  start: string;
  end: string;
  startPath: string;
  endPath: string;
  errors: DraftErrors;
  onChange: (start: string, end: string) => void;
}) {
  return (
    <>
      <MonthField
        label={startLabel}
        value={start}
        path={startPath}
        errors={errors}
        onChange={(value) => onChange(value, end)}
      />
      <MonthField
        label={endLabel}
        emptyLabel="至今"
        value={end}
        path={endPath}
        errors={errors}
        onChange={(value) => onChange(start, value)}
      />
    </>
  );
}

export const THIS_YEAR = new Date().getFullYear();
export const YEARS = Array.from({ length: THIS_YEAR + 1 - 1960 + 1 }, (_, index) =>
  String(THIS_YEAR + 1 - index),
);
export const MONTHS = Array.from({ length: 12 }, (_, index) => String(index + 1).padStart(2, '0'));

/**
 * A year and a month as two selects ('YYYY-MM'; '' when both are empty). Native <input
 * type="month"> shows its text in the browser's own language, often English on a PC.
 */
export function MonthField({
  label,
  emptyLabel,
  value,
  path,
  errors,
  onChange,
}: {
  label: string;
  /** What an empty value means (至今, 不填); without it the field is required. */
  emptyLabel?: string;
  value: string;
  path: string;
  errors: DraftErrors;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const [year = '', month = ''] = value.split('-');
  const error = errors[path];
  const set = (nextYear: string, nextMonth: string) =>
    onChange(nextYear || nextMonth ? `${nextYear}-${nextMonth}` : '');
  return (
    <fieldset className="pc-field pc-month">
      <legend>
        {label}
        {emptyLabel ? `（不选为${emptyLabel}）` : ''}
      </legend>
      <div className="pc-month__selects">
        <select
          aria-label={`${label}：年`}
          value={year}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => set(event.target.value, month)}
        >
          <option value="">{emptyLabel ?? '年'}</option>
          {YEARS.map((option) => (
            <option key={option} value={option}>
              {option}年
            </option>
          ))}
        </select>
        <select
          aria-label={`${label}：月`}
          value={month}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => set(year, event.target.value)}
        >
          <option value="">月</option>
          {MONTHS.map((option) => (
            <option key={option} value={option}>
              {Number(option)}月
            </option>
          ))}
        </select>
      </div>
      <FieldError path={path} errors={errors} id={`${id}-error`} />
    </fieldset>
  );
}

export function TextField({
  label,
  path,
  errors,
  value,
  onChange,
  maxLength,
  multiline = false,
  rows,
  placeholder,
  counter = false,
}: {
  label: string;
  path: string;
  errors: DraftErrors;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  counter?: boolean;
}) {
  const id = useId();
  const error = errors[path];
  const shared = {
    id,
    value,
    maxLength,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  };
  return (
    <div className="pc-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...shared} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...shared} type="text" onChange={(event) => onChange(event.target.value)} />
      )}
      {counter ? (
        <span className="pc-field__counter">
          {value.length}/{maxLength}
        </span>
      ) : null}
      <FieldError path={path} errors={errors} id={`${id}-error`} />
    </div>
  );
}

/** Chips typed one by one (技能, 期望职位): Enter or 添加 adds, × removes. */
export function TagInput({
  label,
  placeholder,
  values,
  max,
  maxLength,
  itemName,
  onChange,
}: {
  label: string;
  placeholder: string;
  values: string[];
  max: number;
  maxLength: number;
  itemName: string;
  onChange: (values: string[]) => void;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const full = values.length >= max;
  const add = () => {
    const value = text.trim();
    if (!value || full) return;
    if (!values.includes(value)) onChange([...values, value]);
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };
  return (
    <div className="pc-field">
      <label htmlFor={id}>{label}</label>
      <div className="pc-tag-input">
        <input
          id={id}
          type="text"
          value={text}
          maxLength={maxLength}
          placeholder={full ? `最多${max}个` : placeholder}
          disabled={full}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="pc-button" onClick={add} disabled={full || text.trim() === ''}>
          添加
        </button>
      </div>
      {values.length > 0 ? (
        <ul className="pc-chips" aria-label={`已添加的${itemName}`}>
          {values.map((value) => (
            <li key={value}>
              {value}
              <button
                type="button"
                aria-label={`删除${itemName} ${value}`}
                onClick={() => onChange(values.filter((item) => item !== value))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <span className="pc-field__counter">
        {values.length}/{max}
      </span>
    </div>
  );
}

export function Section({
  id,
  title,
  action,
  children,
}: {
  id: string;
  title: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    // No aria-labelledby: a region named 自我介绍 would shadow the field of the same label.
    <section id={`resume-${id}`} className="pc-section">
      <div className="pc-section__head">
        <h2>{title}</h2>
        {action}
      </div>
      {children}
    </section>
  );
}

export function AddButton({
  label,
  onClick,
  disabled,
}: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    <button type="button" className="pc-button pc-button--ghost" onClick={onClick} disabled={disabled}>
      + {label}
    </button>
  );
}

export function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="pc-link-danger" aria-label={label} onClick={onClick}>
      删除
    </button>
  );
}

export function FieldError({ path, errors, id }: { path: string; errors: DraftErrors; id?: string }) {
  const message = errors[path];
  if (!message) return null;
  return (
    <p className="pc-field__error" id={id}>
      {message}
    </p>
  );
}

/** The frame of one repeatable row (教育经历 1, 工作经历 2, ...): its legend and its 删除 button. */
export function RowFieldset({
  title,
  index,
  onRemove,
  children,
}: {
  title: string;
  index: number;
  onRemove: () => void;
  children: ReactNode;
}) {
  return (
    <fieldset className="pc-row">
      <legend className="pc-row__legend">
        {title} {index + 1}
        <RemoveButton label={`删除${title} ${index + 1}`} onClick={onRemove} />
      </legend>
      {children}
    </fieldset>
  );
}
