import type { SeekerVideoFair } from '@openrecruit/shared';
import { Tag } from 'antd-mobile';
import { Link } from 'react-router';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { useSeekerVideoFairs } from './api';
import { timeRange } from './video-fair-labels';
import './seeker-video-fairs.css';

/** What a student reads of a fair's phase: 即将开始 / 进行中 (the 报名 window is the companies'). */
export function studentPhase(fair: Pick<SeekerVideoFair, 'phase'>): { label: string; color: string } {
  if (fair.phase === 'ongoing') return { label: '进行中', color: 'success' };
  if (fair.phase === 'ended') return { label: '已结束', color: 'default' };
  if (fair.phase === 'cancelled') return { label: '已取消', color: 'danger' };
  return { label: '即将开始', color: 'primary' };
}

/** /m/campus/video-fairs: the 视频双选会 of the student's university, going on and upcoming. */
export function SeekerVideoFairsPage() {
  const fairs = useSeekerVideoFairs();
  const back = { to: '/m/campus', label: '校园', history: true };
  return (
    <MobilePage title="视频双选会" back={back}>
      {fairs.isPending ? (
        <LoadingBlock />
      ) : fairs.isError ? (
        <LoadFailed error={fairs.error} retry={() => fairs.refetch()} />
      ) : fairs.data.items.length === 0 ? (
        <p className="m-muted m-video-fairs__empty">
          本校暂无视频双选会。在简历中填写在读学校后可查看本校的视频双选会。
        </p>
      ) : (
        <ul className="m-video-fairs" aria-label="视频双选会">
          {fairs.data.items.map((fair) => {
            const phase = studentPhase(fair);
            return (
              <li key={fair.id}>
                <Link className="m-card m-video-fair" to={`/m/campus/video-fairs/${fair.id}`}>
                  <span className="m-video-fair__head">
                    <span className="m-video-fair__title">{fair.title}</span>
                    <Tag color={phase.color} fill="outline">
                      {phase.label}
                    </Tag>
                  </span>
                  <span className="m-video-fair__line">{timeRange(fair.startsAt, fair.endsAt)}</span>
                  <span className="m-video-fair__line">
                    参会单位 {fair.companyCount} 家 · 已报名学生 {fair.studentCount} 人
                    {fair.signedUp ? ' · 我已报名' : ''}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </MobilePage>
  );
}
