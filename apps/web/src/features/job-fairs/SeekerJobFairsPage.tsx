import type { JobFair } from '@openrecruit/shared';
import { Tag } from 'antd-mobile';
import { Link } from 'react-router';
import { LoadMore } from '../../components/mobile/LoadMore';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { usePublicJobFairs } from './api';
import { seekerPhase, timeRange } from './job-fair-labels';
import './seeker-job-fairs.css';

const TAG_COLORS: Record<JobFair['phase'], string> = {
  upcoming_registration: 'primary',
  registration_open: 'primary',
  registration_closed: 'primary',
  held: 'default',
  cancelled: 'danger',
};

/** /m/campus/job-fairs: the universities' 双选会, upcoming first (no login needed). */
export function SeekerJobFairsPage() {
  const fairs = usePublicJobFairs();
  const back = { to: '/m/campus', label: '校园', history: true };
  return (
    <MobilePage title="双选会" back={back}>
      {fairs.isPending ? (
        <LoadingBlock />
      ) : fairs.isError ? (
        <LoadFailed error={fairs.error} retry={() => fairs.refetch()} />
      ) : (
        <>
          {fairs.data.pages[0]?.total === 0 ? <p className="m-muted m-job-fairs__empty">暂无双选会</p> : null}
          <ul className="m-job-fairs" aria-label="双选会">
            {fairs.data.pages
              .flatMap((page) => page.items)
              .map((fair) => (
                <li key={fair.id}>
                  <Link className="m-card m-job-fair" to={`/m/campus/job-fairs/${fair.id}`}>
                    <span className="m-job-fair__head">
                      <span className="m-job-fair__title">{fair.title}</span>
                      <Tag color={TAG_COLORS[fair.phase]} fill="outline">
                        {seekerPhase(fair.phase)}
                      </Tag>
                    </span>
                    <span className="m-job-fair__line">{fair.university.name}</span>
                    <span className="m-job-fair__line">{timeRange(fair.startsAt, fair.endsAt)}</span>
                    <span className="m-job-fair__line">{fair.location}</span>
                  </Link>
                </li>
              ))}
          </ul>
          <LoadMore query={fairs} noun="双选会" />
        </>
      )}
    </MobilePage>
  );
}
