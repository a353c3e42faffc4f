import { type KeyboardEvent, useId, useState } from 'react';
import type { DraftErrors } from './resume-draft';

// The PC editor's fields: each shows its message under it and points to it with aria-describedby.

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

export function FieldError({ path, errors, id }: { path: string; errors: DraftErrors; id?: string }) {
  const message = errors[path];
  if (!message) return null;
  return (
    <p className="pc-field__error" id={id}>
      {message}
    </p>
  );
}
