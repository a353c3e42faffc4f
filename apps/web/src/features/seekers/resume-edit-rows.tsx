import { EDUCATION_LEVELS, WORK_AREAS, WORK_NATURES } from '@openrecruit/shared';
import { type ReactNode, useId } from 'react';
import type {
  CertificateDraft,
  DraftErrors,
  EducationDraft,
  ExperienceDraft,
  ResumeDraft,
} from './resume-draft';
import {
  AddButton,
  FieldError,
  MonthField,
  MonthRange,
  RowFieldset,
  Section,
  TagInput,
  TextField,
} from './resume-edit-controls';
export type Update = (change: (draft: ResumeDraft) => ResumeDraft) => void;

export function IntentionFields({
  draft,
  errors,
  update,
}: {
  draft: ResumeDraft;
  errors: DraftErrors;
  update: Update;
}) {
  const natureId = useId();
  const minId = useId();
  const maxId = useId();
  const areasFull = draft.workAreas.length >= 5;
  return (
    <div className="pc-grid">
      <div className="pc-grid__wide">
        <TagInput
          label="期望职位"
          placeholder="如：数控车工、销售代表，按回车添加（最多5个）"
          values={draft.occupations}
          max={5}
          maxLength={30}
          itemName="期望职位"
          onChange={(occupations) => update((d) => ({ ...d, occupations }))}
        />
        <FieldError path="jobIntention.occupations" errors={errors} />
      </div>
      <fieldset className="pc-grid__wide pc-fieldset">
        <legend>期望地区（最多5个，不选为不限）</legend>
        <div className="pc-checks">
          {WORK_AREAS.map((area) => {
            const checked = draft.workAreas.includes(area.code);
            return (
              <label key={area.code} className="pc-check">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && areasFull}
                  onChange={() =>
                    update((d) => ({
                      ...d,
                      workAreas: checked
                        ? d.workAreas.filter((code) => code !== area.code)
                        : [...d.workAreas, area.code],
                    }))
                  }
                />
                {area.label}
              </label>
            );
          })}
        </div>
        <FieldError path="jobIntention.workAreas" errors={errors} />
      </fieldset>
      <div className="pc-field">
        <label htmlFor={natureId}>工作性质</label>
        <select
          id={natureId}
          value={draft.workNature}
          onChange={(event) => {
            const workNature = event.target.value;
            update((d) => ({ ...d, workNature }));
          }}
        >
          <option value="">不限</option>
          {WORK_NATURES.map((nature) => (
            <option key={nature.code} value={nature.code}>
              {nature.label}
            </option>
          ))}
        </select>
      </div>
      <div className="pc-field">
        <span className="pc-field__label" id={`${minId}-label`}>
          期望月薪（元/月，不填为面议）
        </span>
        <div className="pc-range">
          <input
            id={minId}
            type="number"
            inputMode="numeric"
            min={0}
            step={100}
            aria-label="期望月薪最低"
            aria-invalid={errors['jobIntention.salaryMin'] ? true : undefined}
            aria-describedby={errors['jobIntention.salaryMin'] ? `${minId}-error` : undefined}
            value={draft.salaryMin}
            placeholder="最低"
            onChange={(event) => {
              const salaryMin = event.target.value;
              update((d) => ({ ...d, salaryMin }));
            }}
          />
          <span aria-hidden="true">至</span>
          <input
            id={maxId}
            type="number"
            inputMode="numeric"
            min={0}
            step={100}
            aria-label="期望月薪最高"
            aria-invalid={errors['jobIntention.salaryMax'] ? true : undefined}
            aria-describedby={errors['jobIntention.salaryMax'] ? `${maxId}-error` : undefined}
            value={draft.salaryMax}
            placeholder="最高"
            onChange={(event) => {
              const salaryMax = event.target.value;
              update((d) => ({ ...d, salaryMax }));
            }}
          />
        </div>
        <FieldError path="jobIntention.salaryMin" errors={errors} id={`${minId}-error`} />
        <FieldError path="jobIntention.salaryMax" errors={errors} id={`${maxId}-error`} />
      </div>
      <FieldError path="jobIntention" errors={errors} />
    </div>
  );
}

export function EducationRow({
  index,
  item,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  item: EducationDraft;
  errors: DraftErrors;
  onChange: (item: EducationDraft) => void;
  onRemove: () => void;
}) {
  const base = `educations.${index}`;
  const levelId = useId();
  return (
    <RowFieldset title="教育经历" index={index} onRemove={onRemove}>
      <div className="pc-grid">
        <TextField
          label="学校名称"
          path={`${base}.school`}
          errors={errors}
          value={item.school}
          maxLength={60}
          onChange={(school) => onChange({ ...item, school })}
        />
        <TextField
          label="专业"
          path={`${base}.major`}
          errors={errors}
          value={item.major}
          maxLength={60}
          onChange={(major) => onChange({ ...item, major })}
        />
        <div className="pc-field">
          <label htmlFor={levelId}>学历</label>
          <select
            id={levelId}
            value={item.education}
            aria-invalid={errors[`${base}.education`] ? true : undefined}
            aria-describedby={errors[`${base}.education`] ? `${levelId}-error` : undefined}
            onChange={(event) => onChange({ ...item, education: event.target.value })}
          >
            <option value="">请选择</option>
            {EDUCATION_LEVELS.map((level) => (
              <option key={level.code} value={level.code}>
                {level.label}
              </option>
            ))}
          </select>
          <FieldError path={`${base}.education`} errors={errors} id={`${levelId}-error`} />
        </div>
        <MonthRange
          startLabel="入学年月"
          endLabel="毕业年月"
          start={item.startMonth}
          end={item.endMonth}
          startPath={`${base}.startMonth`}
          endPath={`${base}.endMonth`}
          errors={errors}
          onChange={(startMonth, endMonth) => onChange({ ...item, startMonth, endMonth })}
        />
      </div>
    </RowFieldset>
  );
}

export function ExperienceRow({
  index,
  item,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  item: ExperienceDraft;
  errors: DraftErrors;
  onChange: (item: ExperienceDraft) => void;
  onRemove: () => void;
}) {
  const base = `experiences.${index}`;
  return (
    <RowFieldset title="工作经历" index={index} onRemove={onRemove}>
      <div className="pc-grid">
        <TextField
          label="单位名称"
          path={`${base}.company`}
          errors={errors}
          value={item.company}
          maxLength={60}
          onChange={(company) => onChange({ ...item, company })}
        />
        <TextField
          label="职位名称"
          path={`${base}.title`}
          errors={errors}
          value={item.title}
          maxLength={40}
          onChange={(title) => onChange({ ...item, title })}
        />
        <MonthRange
          startLabel="入职年月"
          endLabel="离职年月"
          start={item.startMonth}
          end={item.endMonth}
          startPath={`${base}.startMonth`}
          endPath={`${base}.endMonth`}
          errors={errors}
          onChange={(startMonth, endMonth) => onChange({ ...item, startMonth, endMonth })}
        />
        <div className="pc-grid__wide">
          <TextField
            label="工作内容"
            path={`${base}.description`}
            errors={errors}
            multiline
            rows={3}
            maxLength={1000}
            value={item.description}
            onChange={(description) => onChange({ ...item, description })}
          />
        </div>
      </div>
    </RowFieldset>
  );
}

export function CertificateRow({
  index,
  item,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  item: CertificateDraft;
  errors: DraftErrors;
  onChange: (item: CertificateDraft) => void;
  onRemove: () => void;
}) {
  const base = `certificates.${index}`;
  return (
    <RowFieldset title="证书" index={index} onRemove={onRemove}>
      <div className="pc-grid">
        <TextField
          label="证书名称"
          path={`${base}.name`}
          errors={errors}
          value={item.name}
          maxLength={60}
          onChange={(name) => onChange({ ...item, name })}
        />
        <MonthField
          label="取得年月"
          emptyLabel="不填"
          value={item.issuedMonth}
          path={`${base}.issuedMonth`}
          errors={errors}
          onChange={(issuedMonth) => onChange({ ...item, issuedMonth })}
        />
      </div>
    </RowFieldset>
  );
}

export type ListField = 'educations' | 'experiences' | 'certificates';

export interface RowProps<T> {
  key: string;
  index: number;
  item: T;
  errors: DraftErrors;
  onChange: (next: T) => void;
  onRemove: () => void;
}

/** One repeatable section of the resume (教育经历, 工作经历, 证书): add, edit and remove rows. */
export function ListSection<F extends ListField>({
  field,
  title,
  addLabel,
  max,
  emptyText,
  blank,
  draft,
  update,
  errors,
  renderRow,
}: {
  field: F;
  title: string;
  addLabel: string;
  max: number;
  emptyText: string;
  blank: () => ResumeDraft[F][number];
  draft: ResumeDraft;
  update: Update;
  errors: DraftErrors;
  renderRow: (row: RowProps<ResumeDraft[F][number]>) => ReactNode;
}) {
  type Row = ResumeDraft[F][number];
  const rows = draft[field] as Row[];
  const setRows = (change: (rows: Row[]) => Row[]) =>
    update((d) => ({ ...d, [field]: change(d[field] as Row[]) }));
  return (
    <Section
      id={field}
      title={title}
      action={
        <AddButton
          label={addLabel}
          disabled={rows.length >= max}
          onClick={() => setRows((current) => [...current, blank()])}
        />
      }
    >
      {rows.length === 0 ? <p className="pc-empty">{emptyText}</p> : null}
      {rows.map((item, index) =>
        renderRow({
          key: item.key,
          index,
          item,
          errors,
          onChange: (next) => setRows((current) => current.map((row, i) => (i === index ? next : row))),
          onRemove: () => setRows((current) => current.filter((_, i) => i !== index)),
        }),
      )}
      <FieldError path={field} errors={errors} />
    </Section>
  );
}
