import { type SeekerVideoFairDetail, VIDEO_FAIR_MODE_LABELS } from '@openrecruit/shared';
import { Button, Dialog, Tag, Toast } from 'antd-mobile';
import { Link, useParams } from 'react-router';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { messageOf } from '../../lib/api';
import { seekerCompanyPath } from '../video-interviews/video-interview-paths';
import { useSeekerVideoFair, useVideoFairSignup } from './api';
import { studentPhase } from './SeekerVideoFairsPage';
import { timeRange } from './video-fair-labels';
import './seeker-video-fairs.css';

/** /m/campus/video-fairs/:id: the fair, 报名参加 / 已报名, and the companies attending. */
export function SeekerVideoFairPage() {
  const { id } = useParams();
  const fair = useSeekerVideoFair(id);
  const back = { to: '/m/campus/video-fairs', label: '视频双选会', history: true };
  return (
    <MobilePage title="视频双选会" back={back}>
      {fair.isPending ? (
        <LoadingBlock />
      ) : fair.isError ? (
        <LoadFailed error={fair.error} retry={() => fair.refetch()} />
      ) : (
        <FairBody fair={fair.data} />
      )}
    </MobilePage>
  );
}

function FairBody({ fair }: { fair: SeekerVideoFairDetail }) {
  const signup = useVideoFairSignup(fair.id);
  const phase = studentPhase(fair);
  const open = fair.state === 'published' && fair.phase !== 'ended';
  const toggle = async () => {
    if (fair.signedUp) {
      const ok = await Dialog.confirm({
        content: '确定取消报名该视频双选会吗？',
        confirmText: '取消报名',
        cancelText: '不取消',
      });
      if (!ok) return;
    }
    signup.mutate(fair.signedUp, {
      onSuccess: (detail) => Toast.show({ content: detail.signedUp ? '报名成功' : '已取消报名' }),
      onError: (error) => Toast.show({ content: messageOf(error) }),
    });
  };
  return (
    <>
      <section className="m-card" aria-labelledby="video-fair-title">
        <h1 id="video-fair-title" className="m-video-fair__heading">
          {fair.title}
        </h1>
        <dl className="m-facts">
          <dt>主办高校</dt>
          <dd>{fair.university.name}</dd>
          <dt>举办时间</dt>
          <dd>{timeRange(fair.startsAt, fair.endsAt)}</dd>
          <dt>面试时长</dt>
          <dd>{fair.slotMinutes}分钟/人</dd>
          <dt>状态</dt>
          <dd>
            <Tag color={phase.color} fill="outline">
              {phase.label}
            </Tag>
          </dd>
          <dt>已报名学生</dt>
          <dd>{fair.studentCount}人</dd>
        </dl>
        {fair.signedUp ? <p className="m-video-fair__signed">✓ 已报名</p> : null}
        {open && (!fair.signedUp || fair.canCancelSignup) ? (
          <Button
            block
            color={fair.signedUp ? 'default' : 'primary'}
            loading={signup.isPending}
            onClick={() => void toggle()}
          >
            {fair.signedUp ? '取消报名' : '报名参加'}
          </Button>
        ) : null}
      </section>
      {fair.description ? (
        <section className="m-card" aria-labelledby="video-fair-intro">
          <h2 id="video-fair-intro" className="m-card__title">
            简介
          </h2>
          <p className="m-video-fair__text">{fair.description}</p>
        </section>
      ) : null}
      <section className="m-card" aria-labelledby="video-fair-companies">
        <h2 id="video-fair-companies" className="m-card__title">
          参会单位（{fair.companies.length}）
        </h2>
        {fair.companies.length ? (
          <ul className="m-video-fair__companies">
            {fair.companies.map((company) => (
              <li key={company.registrationId}>
                <Link
                  to={seekerCompanyPath(fair.id, company.registrationId)}
                  className="m-video-fair__company"
                >
                  <span className="m-video-fair__company-name">{company.company.name}</span>
                  <span className="m-video-fair__mode">{VIDEO_FAIR_MODE_LABELS[company.mode]}</span>
                </Link>
                <p className="m-video-fair__text">{company.requirements}</p>
                {company.jobs.length ? (
                  <p className="m-muted">招聘职位：{company.jobs.map((job) => job.title).join('、')}</p>
                ) : null}
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
