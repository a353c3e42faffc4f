import { useId } from 'react';
import type { DraftErrors } from './resume-draft';
import { FieldError } from './resume-edit-controls';

// The editor's months: 入学/毕业, 入职/离职 and 取得年月.

/** A start and an end month; an empty end is 至今. */
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
