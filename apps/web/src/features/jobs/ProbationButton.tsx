import type { PublicJobDetail } from '@openrecruit/shared';
import { Dialog } from 'antd-mobile';

/** Seed 000 §三.5: 试用期 beside 月收入 opens the probation's length and pay. */
export function ProbationButton({ job }: { job: PublicJobDetail }) {
  return (
    <button type="button" className="m-probation-button" onClick={() => showProbation(job)}>
      试用期
      <span aria-hidden="true">›</span>
    </button>
  );
}

function showProbation(job: PublicJobDetail) {
  Dialog.alert({
    title: '试用期信息',
    content:
      job.probationMonths > 0 ? (
        <dl className="m-facts">
          <dt>试用期</dt>
          <dd>{job.probationMonths}个月</dd>
          <dt>试用期薪资</dt>
          <dd>{job.probationSalary === null ? '与转正后相同' : `${job.probationSalary}元/月`}</dd>
        </dl>
      ) : (
        <p className="m-dialog-text">该岗位无试用期。</p>
      ),
    confirmText: '知道了',
  });
}
