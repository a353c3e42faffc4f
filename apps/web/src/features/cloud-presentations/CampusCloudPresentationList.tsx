import { CLOUD_PRESENTATION_FORMAT_LABELS, type PublicCloudPresentation } from '@openrecruit/shared';
import { Tag } from 'antd-mobile';
import { Link } from 'react-router';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { useCampusCloudPresentations } from './api';
import {
  STUDENT_STATE_COLORS,
  STUDENT_STATE_LABELS,
  studentCloudState,
  studentTimeText,
} from './seeker-cloud';
import './seeker-cloud.css';

/** One 云宣讲 as a card: poster, company, title, time and state; opens the detail page. */
export function CloudPresentationCard({ item }: { item: PublicCloudPresentation }) {
  const state = studentCloudState(item);
  return (
    <Link className="m-card m-cloud-card" to={`/m/campus/cloud-presentations/${item.id}`}>
      {item.posterUrl ? (
        <img className="m-cloud-card__poster" src={item.posterUrl} alt="" loading="lazy" />
      ) : (
        <span className="m-cloud-card__poster m-cloud-card__poster--live" aria-hidden="true">
          直播
        </span>
      )}
      <span className="m-cloud-card__body">
        <span className="m-cloud-card__title">{item.title}</span>
        <span className="m-cloud-card__line">{item.companyName}</span>
        <span className="m-cloud-card__line">{studentTimeText(item)}</span>
        <span>
          <Tag color="primary" fill="outline">
            {CLOUD_PRESENTATION_FORMAT_LABELS[item.format]}
          </Tag>{' '}
          <Tag color={STUDENT_STATE_COLORS[state]} fill="outline">
            {STUDENT_STATE_LABELS[state]}
          </Tag>
        </span>
      </span>
    </Link>
  );
}

/** 校园 > 云宣讲: the approved 云宣讲 of the student's university. */
export function CampusCloudPresentationList() {
  const list = useCampusCloudPresentations();
  if (list.isPending) return <LoadingBlock />;
  if (list.isError) return <LoadFailed error={list.error} retry={() => list.refetch()} />;
  if (list.data.items.length === 0) return <p className="m-muted m-campus__empty">本校暂无云宣讲</p>;
  return (
    <ul className="m-campus-list" aria-label="云宣讲">
      {list.data.items.map((item) => (
        <li key={item.id}>
          <CloudPresentationCard item={item} />
        </li>
      ))}
    </ul>
  );
}
