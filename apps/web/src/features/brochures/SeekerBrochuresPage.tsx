import { useSearchParams } from 'react-router';
import { LoadMore } from '../../components/mobile/LoadMore';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { usePublicBrochures } from './api';
import { BrochureCard } from './BrochureCard';
import './seeker-brochures.css';

/** /m/campus/brochures(?universityId=): approved 招聘简章, newest approval first (no login needed). */
export function SeekerBrochuresPage() {
  const [params] = useSearchParams();
  const universityId = params.get('universityId') ?? undefined;
  const brochures = usePublicBrochures(universityId);
  const first = brochures.data?.pages[0];
  const universityName = universityId ? first?.items[0]?.university.name : undefined;
  return (
    <MobilePage
      title={universityName ? `${universityName} · 招聘简章` : '招聘简章'}
      back={
        universityId
          ? { to: `/m/universities/${universityId}`, label: '高校', history: true }
          : { to: '/m/campus', label: '校园', history: true }
      }
    >
      {brochures.isPending ? (
        <LoadingBlock />
      ) : brochures.isError ? (
        <LoadFailed error={brochures.error} retry={() => brochures.refetch()} />
      ) : (
        <>
          {first?.total === 0 ? <p className="m-muted m-brochures__empty">暂无招聘简章</p> : null}
          <ul className="m-brochures" aria-label="招聘简章">
            {brochures.data.pages
              .flatMap((page) => page.items)
              .map((brochure) => (
                <li key={brochure.publicationId}>
                  <BrochureCard brochure={brochure} />
                </li>
              ))}
          </ul>
          <LoadMore query={brochures} noun="招聘简章" />
        </>
      )}
    </MobilePage>
  );
}
