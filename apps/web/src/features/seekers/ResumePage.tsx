import type { Resume } from '@openrecruit/shared';
import { ProgressBar } from 'antd-mobile';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { NoticeBox } from '../../components/mobile/NoticeBox';
import { SectionCard } from '../../components/mobile/SectionCard';
import {
  educationLabel,
  formatDateTime,
  formatMonth,
  workAreaLabel,
  workNatureLabel,
} from '../../lib/format';
import { useResume } from './api';
import { ProfileFacts } from './CompleteProfileForm';
import './resume.css';

/** Seed 000 §二.2, adapted to this platform. */
export const BASIC_INFO_NOTE =
  '基本信息由人社部门提供，如有变更，请持相关证件材料到各区就业促进中心办理变更手续。';

/**
 * Seed 000 §二.1: 我的简历, read-only on the phone. Basic information comes from the HR authority;
 * the rest is edited on the PC page (§二.2), linked at the bottom.
 */
export function ResumePage() {
  const resume = useResume();
  return (
    <MobilePage title="我的简历" back={{ to: '/m/recruit', label: '招聘' }}>
      {resume.isPending ? (
        <LoadingBlock />
      ) : resume.isError ? (
        <LoadFailed error={resume.error} retry={() => void resume.refetch()} />
      ) : (
        <ResumeView resume={resume.data} />
      )}
    </MobilePage>
  );
}

function ResumeView({ resume }: { resume: Resume }) {
  const { basic } = resume;
  const intention = resume.jobIntention;
  return (
    <>
      <SectionCard id="resume-basic" title="基本信息">
        <dl className="m-facts">
          <dt>姓名</dt>
          <dd>{basic.name}</dd>
          <dt>性别</dt>
          <dd>{basic.sex === 'M' ? '男' : '女'}</dd>
          <dt>出生日期</dt>
          <dd>{basic.birthDate}</dd>
          <dt>身份证号</dt>
          <dd>{basic.idNumberMasked}</dd>
          <dt>户籍</dt>
          <dd>{basic.householdRegistration || '未登记'}</dd>
          <dt>手机号</dt>
          <dd>{basic.mobileMasked}</dd>
        </dl>
        <p className="m-resume-note">{BASIC_INFO_NOTE}</p>
      </SectionCard>

      {basic.profileCompleted ? (
        <ProfileFacts profile={basic} />
      ) : (
        <NoticeBox tone="warning" title="学历和政治面貌尚未完善">
          <p>
            首次搜索职位前需要完善学历和政治面貌。<Link to="/m/profile">去完善</Link>
          </p>
        </NoticeBox>
      )}

      <SectionCard
        id="resume-score"
        title="简历完整度"
        extra={resume.updatedAt ? `更新于 ${formatDateTime(resume.updatedAt)}` : '尚未编辑'}
        className="m-resume-score"
      >
        <div className="m-resume-score__bar">
          <ProgressBar
            percent={resume.completeness}
            style={{ '--track-width': '8px', '--fill-color': scoreColour(resume.completeness) }}
            aria-hidden="true"
          />
          <strong>{resume.completeness}%</strong>
        </div>
        <span className="visually-hidden">简历完整度 {resume.completeness}%</span>
        {resume.missing.length > 0 ? (
          <p className="m-resume-score__missing">待完善：{resume.missing.join('、')}</p>
        ) : (
          <p className="m-resume-score__missing">简历已完善</p>
        )}
        <Link to="/m/resume/edit" className="m-resume-edit-link">
          在电脑上编辑简历
        </Link>
        <p className="m-muted m-resume-edit-hint">
          简历须在电脑端网页修改：用电脑浏览器打开 {window.location.origin}/m/resume/edit 并登录。
        </p>
      </SectionCard>

      <SectionCard id="resume-intention" title="求职意向">
        {intention ? (
          <dl className="m-facts">
            <dt>期望职位</dt>
            <dd>{intention.occupations.join('、')}</dd>
            <dt>期望地区</dt>
            <dd>{intention.workAreas.length ? intention.workAreas.map(workAreaLabel).join('、') : '不限'}</dd>
            <dt>工作性质</dt>
            <dd>{intention.workNature ? workNatureLabel(intention.workNature) : '不限'}</dd>
            <dt>期望月薪</dt>
            <dd>{salaryWish(intention.salaryMin, intention.salaryMax)}</dd>
          </dl>
        ) : (
          <Empty />
        )}
      </SectionCard>

      <SectionCard id="resume-educations" title="教育经历">
        {resume.educations.length ? (
          <ol className="m-timeline">
            {resume.educations.map((item) => (
              <TimelineItem
                key={`${item.school}-${item.startMonth}`}
                title={item.school}
                start={item.startMonth}
                end={item.endMonth}
              >
                <p className="m-timeline__sub">
                  {[educationLabel(item.education), item.major].filter(Boolean).join(' · ')}
                </p>
              </TimelineItem>
            ))}
          </ol>
        ) : (
          <Empty />
        )}
      </SectionCard>

      <SectionCard id="resume-experiences" title="工作经历">
        {resume.experiences.length ? (
          <ol className="m-timeline">
            {resume.experiences.map((item) => (
              <TimelineItem
                key={`${item.company}-${item.startMonth}`}
                title={item.company}
                start={item.startMonth}
                end={item.endMonth}
              >
                <p className="m-timeline__sub">{item.title}</p>
                {item.description ? <p className="m-text-block">{item.description}</p> : null}
              </TimelineItem>
            ))}
          </ol>
        ) : (
          <Empty />
        )}
      </SectionCard>

      <SectionCard id="resume-skills" title="技能">
        {resume.skills.length ? (
          <ul className="m-chip-list">
            {resume.skills.map((skill) => (
              <li key={skill} className="m-tag m-tag--primary">
                {skill}
              </li>
            ))}
          </ul>
        ) : (
          <Empty />
        )}
      </SectionCard>

      <SectionCard id="resume-certificates" title="证书">
        {resume.certificates.length ? (
          <ul className="m-plain-list">
            {resume.certificates.map((item) => (
              <li key={item.name}>
                {item.name}
                {item.issuedMonth ? (
                  <span className="m-muted">（{formatMonth(item.issuedMonth)}取得）</span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <Empty />
        )}
      </SectionCard>

      <SectionCard id="resume-intro" title="自我介绍">
        {resume.selfIntroduction ? <p className="m-text-block">{resume.selfIntroduction}</p> : <Empty />}
      </SectionCard>

      <SectionCard
        id="resume-recommend"
        title="允许推荐"
        extra={resume.allowRecommendation ? '已允许' : '未允许'}
      >
        <p className="m-muted">
          {resume.allowRecommendation
            ? '用人单位可以在人才推荐中看到您的简历。'
            : '用人单位不会在人才推荐中看到您的简历，您应聘的单位仍可查看。'}
        </p>
      </SectionCard>
    </>
  );
}

/** One entry of 教育经历 or 工作经历: the school or employer with its months, then the details. */
function TimelineItem({
  title,
  start,
  end,
  children,
}: {
  title: string;
  start: string;
  end: string | null;
  children: ReactNode;
}) {
  return (
    <li>
      <p className="m-timeline__head">
        <strong>{title}</strong>
        <span>
          {formatMonth(start)} - {formatMonth(end)}
        </span>
      </p>
      {children}
    </li>
  );
}

function Empty() {
  return <p className="m-muted">未填写</p>;
}

function salaryWish(min: number | null, max: number | null): string {
  if (min === null && max === null) return '面议';
  if (min !== null && max !== null) return min === max ? `${min}元/月` : `${min}-${max}元/月`;
  return min !== null ? `${min}元/月以上` : `${max}元/月以下`;
}

function scoreColour(score: number): string {
  if (score >= 80) return '#00b578';
  if (score >= 50) return '#1677ff';
  return '#ff8f1f';
}
