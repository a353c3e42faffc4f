import type { Resume } from '@openrecruit/shared';
import { ResumeBasicInfo } from './ResumeBasicInfo';
import { ResumeIntentionFields } from './ResumeIntentionFields';
import { ResumeListSection } from './ResumeListSection';
import { ResumeSidebar } from './ResumeSidebar';
import { rowKey } from './resume-draft';
import { FieldError, TagInput, TextField } from './resume-edit-controls';
import { Section } from './resume-edit-frames';
import { CertificateRow, EducationRow, ExperienceRow } from './resume-edit-rows';
import { useResumeEditor } from './use-resume-editor';

/** The sections of the PC editor, 保存简历 and 撤销修改; the draft lives in useResumeEditor. */
export function ResumeEditor({ resume }: { resume: Resume }) {
  const { draft, errors, update, onSubmit, reset, saving } = useResumeEditor(resume);
  const errorCount = Object.keys(errors).length;
  return (
    <div className="pc-resume__layout">
      <ResumeSidebar resume={resume} />

      <form className="pc-resume__main" onSubmit={onSubmit} noValidate>
        <ResumeBasicInfo basic={resume.basic} />

        <Section id="intention" title="求职意向">
          <ResumeIntentionFields draft={draft} errors={errors} update={update} />
        </Section>

        <ResumeListSection
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

        <ResumeListSection
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

        <ResumeListSection
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
            {errorCount > 0 ? `有 ${errorCount} 处需要修改` : '基本信息由人社部门提供，不在此修改'}
          </span>
          <button type="button" className="pc-button" onClick={reset}>
            撤销修改
          </button>
          <button type="submit" className="pc-button pc-button--primary" disabled={saving}>
            {saving ? '正在保存…' : '保存简历'}
          </button>
        </div>
      </form>
    </div>
  );
}
