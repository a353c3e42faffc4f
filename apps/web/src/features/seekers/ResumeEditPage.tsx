import {
  EDUCATION_LEVELS,
  labelOf,
  POLITICAL_STATUSES,
  type Resume,
  type UpdateResumeInput,
} from '@openrecruit/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Toast } from 'antd-mobile';
import { type FormEvent, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { useDocumentTitle } from '../../components/mobile/MobilePage';
import { ApiError, messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useSignedInSession } from '../../lib/session';
import { seekerApi, seekerKeys } from './api';
import { BASIC_INFO_NOTE } from './ResumePage';
import { type DraftErrors, draftFromResume, type ResumeDraft, rowKey, validateDraft } from './resume-draft';
import './resume-edit.css';
import { FieldError, Section, TagInput, TextField } from './resume-edit-controls';
import {
  CertificateRow,
  EducationRow,
  ExperienceRow,
  IntentionFields,
  ListSection,
  type Update,
} from './resume-edit-rows';

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
