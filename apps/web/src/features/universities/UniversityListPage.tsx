import { LinkList } from '../../components/mobile/LinkList';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { useUniversityOptions } from './api';

/** /m/universities: every university on the platform, each opening its public page. */
export function UniversityListPage() {
  const universities = useUniversityOptions();
  return (
    <MobilePage title="高校" back={{ to: '/m', label: '首页', history: true }}>
      {universities.isPending ? (
        <LoadingBlock />
      ) : universities.isError ? (
        <LoadFailed error={universities.error} retry={() => universities.refetch()} />
      ) : (
        <LinkList
          label="高校列表"
          items={universities.data.map((university) => ({
            label: university.name,
            to: `/m/universities/${university.id}`,
          }))}
        />
      )}
    </MobilePage>
  );
}
