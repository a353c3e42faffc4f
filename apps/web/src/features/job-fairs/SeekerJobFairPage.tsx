import type { PublicJobFairDetail } from '@openrecruit/shared';
import { Link, useParams } from 'react-router';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { AskQuestionButton } from '../campus-qa/AskQuestionButton';
import { usePublicJobFair } from './api';
import { seekerPhase, timeRange } from './job-fair-labels';
import './seeker-job-fairs.css';

/** /m/campus/job-fairs/:id: a fair's time, place and rules, and 参会单位 at their booths with their jobs. */
export function SeekerJobFairPage() {
  const { id } = useParams();
  const fair = usePublicJobFair(id);
  const back = { to: '/m/campus/job-fairs', label: '双选会', history: true };
  if (fair.isPending)
    return (
      <MobilePage title="双选会" back={back}>
        <LoadingBlock />
      </MobilePage>
    );
  if (fair.isError)
    return (
      <MobilePage title="双选会" back={back}>
        <LoadFailed error={fair.error} retry={() => fair.refetch()} />
      </MobilePage>
    );
  return (
    <MobilePage title="双选会详情" back={back}>
      <FairBody fair={fair.data} />
    </MobilePage>
  );
}

function FairBody({ fair }: { fair: PublicJobFairDetail }) {
  return (
    <>
      <section className="m-card" aria-labelledby="fair-title">
        <h1 id="fair-title" className="m-job-fair__heading">
          {fair.title}
        </h1>
        <dl className="m-facts">
          <dt>主办高校</dt>
          <dd>
            <Link to={`/m/universities/${fair.university.id}`}>{fair.university.name}</Link>
          </dd>
          <dt>举办时间</dt>
          <dd>{timeRange(fair.startsAt, fair.endsAt)}</dd>
          <dt>地点</dt>
          <dd>{fair.location}</dd>
          <dt>状态</dt>
          <dd>{seekerPhase(fair.phase)}</dd>
          <dt>参会单位</dt>
          <dd>{fair.companies.length}家</dd>
        </dl>
      </section>
      {fair.description ? (
        <section className="m-card" aria-labelledby="fair-intro">
          <h2 id="fair-intro" className="m-card__title">
            简介
          </h2>
          <p className="m-job-fair__text">{fair.description}</p>
        </section>
      ) : null}
      {fair.rules ? (
        <section className="m-card" aria-labelledby="fair-rules">
          <h2 id="fair-rules" className="m-card__title">
            参会须知
          </h2>
          <p className="m-job-fair__text">{fair.rules}</p>
        </section>
      ) : null}
      <section className="m-card" aria-labelledby="fair-companies">
        <h2 id="fair-companies" className="m-card__title">
          参会单位
        </h2>
        {fair.companies.length ? (
          <ul className="m-job-fair__companies">
            {fair.companies.map((company) => (
              <li key={company.id}>
                <p className="m-job-fair__company">
                  {company.boothCode ? <span className="m-job-fair__booth">{company.boothCode}</span> : null}
                  {company.name}
                </p>
                {company.jobs.length ? (
                  <ul className="m-job-fair__jobs" aria-label={`${company.name}的职位`}>
                    {company.jobs.map((job) => (
                      <li key={job.id}>
                        <Link to={`/m/jobs/${job.id}`}>{job.title}</Link>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="m-muted">暂无招聘中的职位</p>
                )}
                <AskQuestionButton
                  companyId={company.id}
                  companyName={company.name}
                  contextKind="job_fair"
                  contextId={fair.id}
                  label="向该单位提问"
                />
              </li>
            ))}
          </ul>
        ) : (
          <p className="m-muted">参会单位审核中，敬请关注</p>
        )}
      </section>
    </>
  );
}
