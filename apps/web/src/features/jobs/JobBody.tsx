import type { PublicJobDetail } from '@openrecruit/shared';
import { SectionCard } from '../../components/mobile/SectionCard';
import {
  educationRequirement,
  formatAgeRange,
  formatDate,
  formatSalary,
  workAreaLabel,
  workNatureLabel,
} from '../../lib/format';
import { CompanyBrandCard } from './CompanyBrandCard';
import { ProbationButton } from './ProbationButton';

/** A job's detail, the same logged in or out: 月收入, 基本信息, 职位描述, 技能要求 and the employer. */
export function JobBody({ job }: { job: PublicJobDetail }) {
  return (
    <>
      <section className="m-job-hero" aria-labelledby="job-title">
        <h2 id="job-title" className="m-job-hero__title">
          {job.title}
          {job.pinned ? <span className="m-tag m-tag--pinned">置顶</span> : null}
          {job.isCampus ? <span className="m-tag m-tag--primary">校园招聘</span> : null}
          {job.state === 'offline' ? <span className="m-tag m-tag--stopped">已停止招聘</span> : null}
        </h2>
        <div className="m-job-hero__salary">
          <span className="m-job-hero__salary-label">月收入</span>
          <span className="m-job-hero__salary-value">{formatSalary(job.salaryMin, job.salaryMax)}</span>
          <ProbationButton job={job} />
        </div>
        <div className="m-job-hero__tags">
          <span className="m-tag">{educationRequirement(job.education)}</span>
          <span className="m-tag">{formatAgeRange(job.ageMin, job.ageMax)}</span>
          <span className="m-tag">招{job.headcount}人</span>
          <span className="m-tag">{workAreaLabel(job.workArea)}</span>
        </div>
        <p className="m-job-hero__company">{job.companyName}</p>
      </section>
      <SectionCard id="job-basic" title="基本信息">
        <dl className="m-facts">
          <dt>职业</dt>
          <dd>{job.occupation}</dd>
          <dt>工作性质</dt>
          <dd>{workNatureLabel(job.workNature)}</dd>
          <dt>学历要求</dt>
          <dd>{educationRequirement(job.education)}</dd>
          <dt>年龄要求</dt>
          <dd>{formatAgeRange(job.ageMin, job.ageMax)}</dd>
          <dt>招聘人数</dt>
          <dd>{job.headcount}人</dd>
          <dt>工作地区</dt>
          <dd>{workAreaLabel(job.workArea)}</dd>
          <dt>工作地址</dt>
          <dd>{job.address}</dd>
          <dt>发布日期</dt>
          <dd>{formatDate(job.publishedAt)}</dd>
        </dl>
      </SectionCard>
      <SectionCard id="job-description" title="职位描述">
        <p className="m-text-block">{job.description || '暂无'}</p>
      </SectionCard>
      <SectionCard id="job-skills" title="技能要求">
        <p className="m-text-block">{job.skills || '暂无'}</p>
      </SectionCard>
      <CompanyBrandCard company={job.company} />
    </>
  );
}
