import { EDUCATION_LEVELS } from '@openrecruit/shared';
import { useId } from 'react';
import type { CertificateDraft, DraftErrors, EducationDraft, ExperienceDraft } from './resume-draft';
import { FieldError, TextField } from './resume-edit-controls';
import { RowFieldset } from './resume-edit-frames';
import { MonthField, MonthRange } from './resume-edit-months';

// One row of each repeatable section (教育经历, 工作经历, 证书), inside ResumeListSection.

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
