import type { Resume } from '@openrecruit/shared';
import { formatDateTime } from '../../lib/format';

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

/** The editor's left column: 简历完整度 of the saved resume, and links to each section. */
export function ResumeSidebar({ resume }: { resume: Resume }) {
  return (
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
  );
}
