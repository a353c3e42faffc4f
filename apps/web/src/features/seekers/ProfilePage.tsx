import { useNavigate } from 'react-router';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { useSeekerProfile } from './api';
import { CompleteProfileForm, ProfileFacts } from './CompleteProfileForm';

/** 学历 and 政治面貌: the one-time form (seed 000 §三.2), then the submitted values, read-only. */
export function ProfilePage() {
  const profile = useSeekerProfile();
  const navigate = useNavigate();
  return (
    <MobilePage title="个人信息" back={{ to: '/m/user', history: true }}>
      {profile.isPending ? (
        <LoadingBlock />
      ) : profile.isError ? (
        <LoadFailed error={profile.error} retry={() => void profile.refetch()} />
      ) : profile.data.profileCompleted ? (
        <ProfileFacts profile={profile.data} />
      ) : (
        <CompleteProfileForm onCompleted={() => navigate('/m/resume', { replace: true })} />
      )}
    </MobilePage>
  );
}
