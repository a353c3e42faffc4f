import {
  EDUCATION_LEVELS,
  labelOf,
  POLITICAL_STATUSES,
  type Resume,
  type UpdateResumeInput,
  WORK_AREAS,
  WORK_NATURES,
} from '@openrecruit/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Toast } from 'antd-mobile';
import { type FormEvent, type KeyboardEvent, type ReactNode, useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { useDocumentTitle } from '../../components/mobile/MobilePage';
import { ApiError, messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { seekerApi, seekerKeys } from '../../lib/seeker-api';
import { useSignedInSession } from '../../lib/session';
import { BASIC_INFO_NOTE } from './ResumePage';
import {
  type CertificateDraft,
  type DraftErrors,
  draftFromResume,
  type EducationDraft,
  type ExperienceDraft,
  type ResumeDraft,
  rowKey,
  validateDraft,
} from './resume-draft';
import './resume-edit.css';

const SECTIONS = [
  { id: 'basic', label: '基本信息' },
  { id: 'intention', label: '求职意向' },
  { id: 'educations', label: '教育经历' },
  { id: 'experiences', label: '工作经历' },
  { id: 'skills', label: '技能' },
  { id: 'certificates', label: '证书' },
  { id: 'introduction', label: '自我介绍' },
  { id: 'recommendation', label: '允许推荐' },
] as const;

/**
 * Seed 000 §二.2: the resume is edited on a PC. A desktop page inside the seeker app: education,
 * work, skills, certificates, job intention, self-introduction and 允许推荐, checked with the shared
 * UpdateResumeInput schema and saved with PUT /api/seeker/resume.
 */
export function ResumeEditPage() {
  useDocumentTitle('编辑简历');
  const { account } = useSignedInSession('seeker');
  const resume = useQuery({ queryKey: seekerKeys.resume, queryFn: seekerApi.resume });
  return (
    <div className="pc-resume">
      <header className="pc-resume__top">
        <div className="pc-resume__top-inner">
          <Link to="/m" className="pc-resume__brand">
            开放招聘 <span>个人求职</span>
          </Link>
          <h1 className="pc-resume__heading">编辑简历</h1>
          <span className="pc-resume__account">{account.displayName}</span>
          <Link to="/m/resume" className="pc-resume__back">
            返回我的简历
          </Link>
        </div>
      </header>
      {resume.isPending ? (
        <LoadingBlock />
      ) : resume.isError ? (
        <LoadFailed error={resume.error} retry={() => void resume.refetch()} />
      ) : (
        <ResumeEditor key={resume.data.updatedAt ?? 'new'} resume={resume.data} />
      )}
    </div>
  );
}

function ResumeEditor({ resume }: { resume: Resume }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ResumeDraft>(() => draftFromResume(resume));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const save = useMutation({
    mutationFn: (input: UpdateResumeInput) => seekerApi.saveResume(input),
  });

  const update: Update = (change) => setDraft(change);

  // After a first 保存, errors follow the typing so a fixed field loses its message at once.
  useEffect(() => {
    if (submitted) setErrors(validateDraft(draft).errors);
  }, [draft, submitted]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const { input, errors: found } = validateDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      Toast.show({ content: '请按提示修改后再保存', icon: 'fail' });
      // The first field with a message, for keyboard and screen-reader users.
      window.setTimeout(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    save.mutate(input, {
      onSuccess: (saved) => {
        queryClient.setQueryData(seekerKeys.resume, saved);
        Toast.show({ content: '简历已保存', icon: 'success' });
      },
      onError: (error) => {
        if (error instanceof ApiError && error.fields.length > 0) {
          setErrors(Object.fromEntries(error.fields.map((field) => [field.field, field.reason])));
        }
        Toast.show({ content: messageOf(error), icon: 'fail' });
      },
    });
  };

  const basic = resume.basic;
  return (
    <div className="pc-resume__layout">
      <aside className="pc-resume__side" aria-label="简历目录">
        <div className="pc-score">
          <p className="pc-score__label">简历完整度</p>
          <p className="pc-score__value">{resume.completeness}%</p>
          <div className="pc-score__track" aria-hidden="true">
            <span style={{ width: `${resume.completeness}%` }} />
          </div>
          {resume.missing.length > 0 ? (
            <p className="pc-score__missing">待完善：{resume.missing.join('、')}</p>
          ) : (
            <p className="pc-score__missing">简历已完善</p>
          )}
          <p className="pc-score__updated">
            {resume.updatedAt ? `上次保存：${formatDateTime(resume.updatedAt)}` : '尚未保存过简历'}
          </p>
        </div>
        <nav aria-label="简历栏目">
          <ul className="pc-toc">
            {SECTIONS.map((section) => (
              <li key={section.id}>
                <a href={`#resume-${section.id}`}>{section.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </aside>

      <form className="pc-resume__main" onSubmit={onSubmit} noValidate>
        <Section id="basic" title="基本信息">
          <dl className="pc-basic">
            <div>
              <dt>姓名</dt>
              <dd>{basic.name}</dd>
            </div>
            <div>
              <dt>性别</dt>
              <dd>{basic.sex === 'M' ? '男' : '女'}</dd>
            </div>
            <div>
              <dt>出生日期</dt>
              <dd>{basic.birthDate}</dd>
            </div>
            <div>
              <dt>身份证号</dt>
              <dd>{basic.idNumberMasked}</dd>
            </div>
            <div>
              <dt>户籍</dt>
              <dd>{basic.householdRegistration || '未登记'}</dd>
            </div>
            <div>
              <dt>手机号</dt>
              <dd>{basic.mobileMasked}</dd>
            </div>
            <div>
              <dt>学历</dt>
              <dd>{labelOf(EDUCATION_LEVELS, basic.education) ?? '未完善'}</dd>
            </div>
            <div>
              <dt>政治面貌</dt>
              <dd>{labelOf(POLITICAL_STATUSES, basic.politicalStatus) ?? '未完善'}</dd>
            </div>
          </dl>
          <p className="pc-note">{BASIC_INFO_NOTE}</p>
        </Section>

        <Section id="intention" title="求职意向">
          <IntentionFields draft={draft} errors={errors} update={update} />
        </Section>

        <ListSection
          field="educations"
          title="教育经历"
          addLabel="添加教育经历"
          max={10}
          emptyText="暂无教育经历，点击右上角添加。"
          blank={() => ({
            key: rowKey(),
            school: '',
            major: '',
            education: '',
            startMonth: '',
            endMonth: '',
          })}
          draft={draft}
          update={update}
          errors={errors}
          renderRow={({ key, ...row }) => <EducationRow key={key} {...row} />}
        />

        <ListSection
          field="experiences"
          title="工作经历"
          addLabel="添加工作经历"
          max={20}
          emptyText="暂无工作经历，点击右上角添加。"
          blank={() => ({
            key: rowKey(),
            company: '',
            title: '',
            startMonth: '',
            endMonth: '',
            description: '',
          })}
          draft={draft}
          update={update}
          errors={errors}
          renderRow={({ key, ...row }) => <ExperienceRow key={key} {...row} />}
        />

        <Section id="skills" title="技能">
          <TagInput
            label="添加技能"
            placeholder="如：数控车床操作、CAD制图，按回车添加"
            values={draft.skills}
            max={30}
            maxLength={30}
            itemName="技能"
            onChange={(skills) => update((d) => ({ ...d, skills }))}
          />
          <FieldError path="skills" errors={errors} />
          {draft.skills.map((skill, index) => (
            <FieldError key={skill} path={`skills.${index}`} errors={errors} />
          ))}
        </Section>

        <ListSection
          field="certificates"
          title="证书"
          addLabel="添加证书"
          max={30}
          emptyText="暂无证书，点击右上角添加。"
          blank={() => ({ key: rowKey(), name: '', issuedMonth: '' })}
          draft={draft}
          update={update}
          errors={errors}
          renderRow={({ key, ...row }) => <CertificateRow key={key} {...row} />}
        />

        <Section id="introduction" title="自我介绍">
          <TextField
            label="自我介绍"
            path="selfIntroduction"
            errors={errors}
            multiline
            rows={6}
            maxLength={2000}
            value={draft.selfIntroduction}
            placeholder="介绍您的工作经验、专长和求职优势"
            onChange={(selfIntroduction) => update((d) => ({ ...d, selfIntroduction }))}
            counter
          />
        </Section>

        <Section id="recommendation" title="允许推荐">
          <label className="pc-switch">
            <input
              type="checkbox"
              checked={draft.allowRecommendation}
              onChange={(event) => {
                const allowRecommendation = event.target.checked;
                update((d) => ({ ...d, allowRecommendation }));
              }}
            />
            <span>
              <strong>允许推荐</strong>
              <span className="pc-switch__hint">
                允许用人单位在“人才推荐”中查看我的简历。关闭后，只有您应聘的单位能查看。
              </span>
            </span>
          </label>
        </Section>

        <div className="pc-actions">
          <span className="pc-actions__hint">
            {Object.keys(errors).length > 0
              ? `有 ${Object.keys(errors).length} 处需要修改`
              : '基本信息由人社部门提供，不在此修改'}
          </span>
          <button
            type="button"
            className="pc-button"
            onClick={() => {
              setDraft(draftFromResume(resume));
              setErrors({});
              setSubmitted(false);
            }}
          >
            撤销修改
          </button>
          <button type="submit" className="pc-button pc-button--primary" disabled={save.isPending}>
            {save.isPending ? '正在保存…' : '保存简历'}
          </button>
        </div>
      </form>
    </div>
  );
}

type Update = (change: (draft: ResumeDraft) => ResumeDraft) => void;

function IntentionFields({
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

function EducationRow({
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
    <fieldset className="pc-row">
      <legend className="pc-row__legend">
        教育经历 {index + 1}
        <RemoveButton label={`删除教育经历 ${index + 1}`} onClick={onRemove} />
      </legend>
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
    </fieldset>
  );
}

function ExperienceRow({
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
    <fieldset className="pc-row">
      <legend className="pc-row__legend">
        工作经历 {index + 1}
        <RemoveButton label={`删除工作经历 ${index + 1}`} onClick={onRemove} />
      </legend>
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
    </fieldset>
  );
}

function CertificateRow({
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
    <fieldset className="pc-row">
      <legend className="pc-row__legend">
        证书 {index + 1}
        <RemoveButton label={`删除证书 ${index + 1}`} onClick={onRemove} />
      </legend>
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
    </fieldset>
  );
}

function MonthRange({
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

const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: THIS_YEAR + 1 - 1960 + 1 }, (_, index) => String(THIS_YEAR + 1 - index));
const MONTHS = Array.from({ length: 12 }, (_, index) => String(index + 1).padStart(2, '0'));

/**
 * A year and a month as two selects ('YYYY-MM'; '' when both are empty). Native <input
 * type="month"> shows its text in the browser's own language, often English on a PC.
 */
function MonthField({
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

function TextField({
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
function TagInput({
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

type ListField = 'educations' | 'experiences' | 'certificates';

interface RowProps<T> {
  key: string;
  index: number;
  item: T;
  errors: DraftErrors;
  onChange: (next: T) => void;
  onRemove: () => void;
}

/** One repeatable section of the resume (教育经历, 工作经历, 证书): add, edit and remove rows. */
function ListSection<F extends ListField>({
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

function Section({
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

function AddButton({ label, onClick, disabled }: { label: string; onClick: () => void; disabled?: boolean }) {
  return (
    <button type="button" className="pc-button pc-button--ghost" onClick={onClick} disabled={disabled}>
      + {label}
    </button>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="pc-link-danger" aria-label={label} onClick={onClick}>
      删除
    </button>
  );
}

function FieldError({ path, errors, id }: { path: string; errors: DraftErrors; id?: string }) {
  const message = errors[path];
  if (!message) return null;
  return (
    <p className="pc-field__error" id={id}>
      {message}
    </p>
  );
}
