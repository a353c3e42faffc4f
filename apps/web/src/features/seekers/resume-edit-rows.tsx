import { EDUCATION_LEVELS } from '@openrecruit/shared';
import { useId } from 'react';
import type { ListField, RowProps } from './ResumeListSection';
import type { CertificateDraft, EducationDraft, ExperienceDraft } from './resume-draft';
import { FieldError, TextField } from './resume-edit-controls';
import { RowFieldset } from './resume-edit-frames';
import { MonthField, MonthRange } from './resume-edit-months';

// One row of each repeatable section (教育经历, 工作经历, 证书), inside ResumeListSection.

type RowFieldsProps<T> = Omit<RowProps<T>, 'key' | 'onRemove'>;
type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/**
 * What a field of a row is given for one key of its draft: the schema path its error is found
 * under (`educations.0.school`), the row's errors, the value, and the row with the new value.
 */
function textField<T>(list: ListField, { index, item, errors, onChange }: RowFieldsProps<T>) {
  return (key: TextKey<T>) => ({
    path: `${list}.${index}.${key}`,
    errors,
    value: item[key] as string,
    onChange: (value: string) => onChange({ ...item, [key]: value }),
  });
}

/** The same for a row's 起止年月, which MonthRange sets together. */
function periodFields<T extends { startMonth: string; endMonth: string }>(
  list: ListField,
  { index, item, errors, onChange }: RowFieldsProps<T>,
) {
  return {
    start: item.startMonth,
    end: item.endMonth,
    startPath: `${list}.${index}.startMonth`,
    endPath: `${list}.${index}.endMonth`,
    errors,
    onChange: (startMonth: string, endMonth: string) => onChange({ ...item, startMonth, endMonth }),
  };
}

export function EducationRow({ onRemove, ...row }: Omit<RowProps<EducationDraft>, 'key'>) {
  const field = textField('educations', row);
  const level = field('education');
  const levelId = useId();
  return (
    <RowFieldset title="教育经历" index={row.index} onRemove={onRemove}>
      <TextField label="学校名称" maxLength={60} {...field('school')} />
      <TextField label="专业" maxLength={60} {...field('major')} />
      <div className="pc-field">
        <label htmlFor={levelId}>学历</label>
        <select
          id={levelId}
          value={level.value}
          aria-invalid={row.errors[level.path] ? true : undefined}
          aria-describedby={row.errors[level.path] ? `${levelId}-error` : undefined}
          onChange={(event) => level.onChange(event.target.value)}
        >
          <option value="">请选择</option>
          {EDUCATION_LEVELS.map((option) => (
            <option key={option.code} value={option.code}>
              {option.label}
            </option>
          ))}
        </select>
        <FieldError path={level.path} errors={row.errors} id={`${levelId}-error`} />
      </div>
      <MonthRange startLabel="入学年月" endLabel="毕业年月" {...periodFields('educations', row)} />
    </RowFieldset>
  );
}

export function ExperienceRow({ onRemove, ...row }: Omit<RowProps<ExperienceDraft>, 'key'>) {
  const field = textField('experiences', row);
  return (
    <RowFieldset title="工作经历" index={row.index} onRemove={onRemove}>
      <TextField label="单位名称" maxLength={60} {...field('company')} />
      <TextField label="职位名称" maxLength={40} {...field('title')} />
      <MonthRange startLabel="入职年月" endLabel="离职年月" {...periodFields('experiences', row)} />
      <div className="pc-grid__wide">
        <TextField label="工作内容" multiline rows={3} maxLength={1000} {...field('description')} />
      </div>
    </RowFieldset>
  );
}

export function CertificateRow({ onRemove, ...row }: Omit<RowProps<CertificateDraft>, 'key'>) {
  const field = textField('certificates', row);
  return (
    <RowFieldset title="证书" index={row.index} onRemove={onRemove}>
      <TextField label="证书名称" maxLength={60} {...field('name')} />
      <MonthField label="取得年月" emptyLabel="不填" {...field('issuedMonth')} />
    </RowFieldset>
  );
}
