import { WORK_AREAS, WORK_NATURES } from '@openrecruit/shared';
import { useId } from 'react';
import type { DraftErrors, ResumeDraft } from './resume-draft';
import { FieldError, TagInput } from './resume-edit-controls';
import type { Update } from './use-resume-editor';

/** 求职意向: 期望职位, 期望地区 (at most 5), 工作性质 and 期望月薪 (empty for 面议). */
export function ResumeIntentionFields({
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
