import type { JobSummary } from '@openrecruit/shared';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import {
  educationRequirement,
  formatAgeRange,
  formatDate,
  formatSalary,
  workAreaLabel,
} from '../../lib/format';
import './jobs.css';

/** What a link to a job's detail tells it: the list it came from, for its back link. */
export type JobLinkState = { from?: { label: string; path: string } };

/**
 * One job in a list (seed 000 §三.4): 岗位名称, 用人单位, 薪资, 学历要求, 年龄要求, 招聘人数. The whole
 * card is one link to the detail; `stopped` greys it out with 已停止招聘 (favourites).
 */
export function JobCard({
  job,
  from,
  stopped = false,
  aside,
}: {
  job: JobSummary;
  /** The list's name, for the detail page's back link. */
  from: string;
  stopped?: boolean;
  aside?: ReactNode;
}) {
  const location = useLocation();
  const state: JobLinkState = { from: { label: from, path: location.pathname + location.search } };
  return (
    <article className={`m-job-card${stopped ? ' m-job-card--stopped' : ''}`}>
      {aside}
      <Link to={`/m/jobs/${job.id}`} state={state} className="m-job-card__link">
        <span className="m-job-card__head">
          <span className="m-job-card__title">{job.title}</span>
          {job.pinned ? <span className="m-tag m-tag--pinned">置顶</span> : null}
          {stopped ? <span className="m-tag m-tag--stopped">已停止招聘</span> : null}
          <span className="m-job-card__salary">{formatSalary(job.salaryMin, job.salaryMax)}</span>
        </span>
        <span className="m-job-card__company">{job.companyName}</span>
        <span className="m-job-card__tags">
          <span className="m-tag">{educationRequirement(job.education)}</span>
          <span className="m-tag">{formatAgeRange(job.ageMin, job.ageMax)}</span>
          <span className="m-tag">招{job.headcount}人</span>
          {job.workArea ? <span className="m-tag">{workAreaLabel(job.workArea)}</span> : null}
        </span>
        <span className="m-job-card__date">{formatDate(job.publishedAt)} 发布</span>
      </Link>
    </article>
  );
}
