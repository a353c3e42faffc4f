import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { useUniversityPublicCloudPresentations } from './api';
import { CloudPresentationCard } from './CampusCloudPresentationList';
import './seeker-cloud.css';

/** 云宣讲 on a university's public page (seed 002: 审核通过后展示在高校就业官网). */
export function UniversityCloudPresentationsSection({ universityId }: { universityId: string }) {
  const list = useUniversityPublicCloudPresentations(universityId);
  return (
    <section className="m-card" aria-labelledby="university-cloud-presentations">
      <h2 id="university-cloud-presentations" className="m-card__title">
        云宣讲
      </h2>
      {list.isPending ? (
        <LoadingBlock />
      ) : list.isError ? (
        <LoadFailed error={list.error} retry={() => list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p className="m-muted">暂无云宣讲</p>
      ) : (
        <ul className="m-cloud-section" aria-label="云宣讲列表">
          {list.data.items.map((item) => (
            <li key={item.id}>
              <CloudPresentationCard item={item} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
