import { CLOUD_PRESENTATION_FORMAT_LABELS, type PublicCloudPresentation } from '@openrecruit/shared';
import { Button, Tag } from 'antd-mobile';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { usePublicCloudPresentation } from './api';
import {
  STUDENT_STATE_COLORS,
  STUDENT_STATE_LABELS,
  studentCloudState,
  studentTimeText,
} from './seeker-cloud';
import { durationText } from './video-file';
import '../campus-students/campus.css';
import './seeker-cloud.css';

/** /m/campus/cloud-presentations/:id: a recorded 云宣讲 plays here; a live one shows its state. */
export function CampusCloudPresentationPage() {
  const { id = '' } = useParams();
  const presentation = usePublicCloudPresentation(id);
  const back = { to: '/m/campus?tab=cloud-presentations', label: '校园', history: true };
  if (presentation.isPending)
    return (
      <MobilePage title="云宣讲" back={back}>
        <LoadingBlock />
      </MobilePage>
    );
  if (presentation.isError)
    return (
      <MobilePage title="云宣讲" back={back}>
        <LoadFailed error={presentation.error} retry={() => presentation.refetch()} />
      </MobilePage>
    );
  return <CloudPresentationBody p={presentation.data} back={back} />;
}

function CloudPresentationBody({
  p,
  back,
}: {
  p: PublicCloudPresentation;
  back: { to: string; label: string; history: boolean };
}) {
  const navigate = useNavigate();
  const state = studentCloudState(p);
  const footer =
    state === 'live' ? (
      <div className="m-campus__actions">
        <Button block color="danger" onClick={() => navigate(`/m/campus/cloud-presentations/${p.id}/live`)}>
          进入直播间
        </Button>
      </div>
    ) : undefined;
  return (
    <MobilePage title="云宣讲" back={back} footer={footer}>
      {state === 'playable' && p.videoUrl ? (
        // biome-ignore lint/a11y/useMediaCaption: a company's presentation video has no caption track
        <video
          className="m-cloud-player"
          controls
          playsInline
          preload="metadata"
          src={p.videoUrl}
          poster={p.posterUrl ?? undefined}
          aria-label={`宣讲视频：${p.title}`}
        />
      ) : (
        <div className="m-cloud-player m-cloud-player--waiting" role="status">
          {state === 'live' ? '正在直播，点击下方“进入直播间”观看' : STUDENT_STATE_LABELS[state]}
        </div>
      )}
      <section className="m-card" aria-labelledby="cloud-title">
        <h2 id="cloud-title" className="m-campus-detail__title">
          {p.title}
        </h2>
        <Tag color="primary" fill="outline">
          {CLOUD_PRESENTATION_FORMAT_LABELS[p.format]}
        </Tag>{' '}
        <Tag color={STUDENT_STATE_COLORS[state]} fill="outline">
          {STUDENT_STATE_LABELS[state]}
        </Tag>
        <dl className="m-facts">
          <dt>单位</dt>
          <dd>
            <Link to={`/m/campus/companies/${p.companyId}`}>{p.companyName}</Link>
          </dd>
          <dt>时间</dt>
          <dd>{studentTimeText(p)}</dd>
          {p.durationSeconds ? (
            <>
              <dt>时长</dt>
              <dd>{durationText(p.durationSeconds)}</dd>
            </>
          ) : null}
        </dl>
      </section>
      {p.description ? (
        <section className="m-card" aria-labelledby="cloud-intro">
          <h2 id="cloud-intro" className="m-card__title">
            宣讲简介
          </h2>
          <p className="m-campus-detail__text">{p.description}</p>
        </section>
      ) : null}
      <section className="m-card" aria-labelledby="cloud-jobs">
        <h2 id="cloud-jobs" className="m-card__title">
          宣讲职位
        </h2>
        {p.jobs.length ? (
          <ul className="m-campus-jobs">
            {p.jobs.map((job) => (
              <li key={job.id}>
                <Link to={`/m/jobs/${job.id}`}>{job.title}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="m-muted">暂无职位</p>
        )}
      </section>
    </MobilePage>
  );
}
