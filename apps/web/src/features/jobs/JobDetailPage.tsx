import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate, useParams } from 'react-router';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { type BackTarget, MobilePage } from '../../components/mobile/MobilePage';
import { ApiError } from '../../lib/api';
import { loginPathFor } from '../../lib/return-path';
import { useSession } from '../../lib/session';
import { useApplicationQuota } from '../applications/api';
import { AskQuestionButton } from '../campus-qa/AskQuestionButton';
import { CompleteProfileForm } from '../seekers/CompleteProfileForm';
import { PublicApplyBar, SeekerApplyBar } from './ApplyBar';
import { jobKeys, jobsApi } from './api';
import { FavouriteButton } from './FavouriteButton';
import { JobBody } from './JobBody';
import type { JobLinkState } from './JobCard';
import { RequirementWarnings } from './RequirementWarnings';
import { jobSearchPath } from './search-filters';
import { useApplyToJob } from './use-apply-to-job';
import { useFavouriteJob } from './use-favourite-job';
import './jobs.css';

/**
 * Seed 000 §三.5, §四 and §七.1: a job's detail with 收藏 at the top right, 月收入 and its 试用期
 * pop-up, 职位描述, 技能要求, the employer, and 我要应聘 at the bottom. Logged out it shows the public
 * detail and asks to log in before applying.
 */
export function JobDetailPage() {
  const { id = '' } = useParams();
  const session = useSession('seeker');
  const location = useLocation();
  const from = (location.state as JobLinkState | null)?.from;
  const back: BackTarget = {
    to: from?.path ?? jobSearchPath(),
    label: from?.label ?? '职位搜索',
    history: true,
  };
  if (session.isPending) {
    return (
      <MobilePage title="职位详情" back={back}>
        <LoadingBlock />
      </MobilePage>
    );
  }
  return session.data ? <SeekerJobPage id={id} back={back} /> : <PublicJobPage id={id} back={back} />;
}

function StoppedBanner() {
  return <p className="m-stopped-banner">该岗位已停止招聘</p>;
}

function PublicJobPage({ id, back }: { id: string; back: BackTarget }) {
  const navigate = useNavigate();
  const location = useLocation();
  const job = useQuery({ queryKey: jobKeys.publicDetail(id), queryFn: () => jobsApi.publicDetail(id) });
  const toLogin = () => navigate(loginPathFor('/m/login', location));
  return (
    <MobilePage
      title="职位详情"
      back={back}
      footer={job.data ? <PublicApplyBar stopped={job.data.state === 'offline'} onLogin={toLogin} /> : null}
      right={<FavouriteButton favourite={false} onClick={toLogin} />}
    >
      {job.isPending ? (
        <LoadingBlock />
      ) : job.isError ? (
        <LoadFailed error={job.error} retry={() => void job.refetch()} />
      ) : (
        <>
          {job.data.state === 'offline' ? <StoppedBanner /> : null}
          <JobBody job={job.data} />
        </>
      )}
    </MobilePage>
  );
}

function SeekerJobPage({ id, back }: { id: string; back: BackTarget }) {
  const queryClient = useQueryClient();
  const job = useQuery({ queryKey: jobKeys.detail(id), queryFn: () => jobsApi.detail(id) });
  // How many application slots are left, to say before applying that the quota is full.
  const current = useApplicationQuota();
  const refreshJob = () => queryClient.invalidateQueries({ queryKey: jobKeys.detail(id) });
  const favourite = useFavouriteJob(id, refreshJob);
  const { applying, startApplying, goToApplications } = useApplyToJob(id, refreshJob);

  const detail = job.data;
  const profileMissing = job.error instanceof ApiError && job.error.code === 'PROFILE_INCOMPLETE';
  const stopped = detail?.state === 'offline';
  const applied = Boolean(detail?.application && detail.application.state !== 'withdrawn');
  const quotaFull = current.data ? current.data.remaining <= 0 : false;

  return (
    <MobilePage
      title="职位详情"
      back={back}
      footer={
        detail ? (
          <SeekerApplyBar
            detail={detail}
            applied={applied}
            quotaFull={quotaFull}
            applying={applying}
            onApply={() => void startApplying(detail)}
            onMyApplications={goToApplications}
          />
        ) : null
      }
      right={
        detail ? (
          <FavouriteButton
            favourite={detail.favourite}
            disabled={favourite.isPending}
            onClick={() => favourite.mutate(!detail.favourite)}
          />
        ) : null
      }
    >
      {job.isPending ? (
        <LoadingBlock />
      ) : profileMissing ? (
        <CompleteProfileForm onCompleted={() => void refreshJob()} />
      ) : job.isError ? (
        <LoadFailed error={job.error} retry={() => void job.refetch()} />
      ) : (
        <>
          {stopped ? <StoppedBanner /> : null}
          {job.data.warnings.length > 0 && !stopped && !applied ? (
            <RequirementWarnings warnings={job.data.warnings} />
          ) : null}
          <JobBody job={job.data} />
          {stopped ? null : (
            <div className="m-job-ask">
              <AskQuestionButton
                companyId={job.data.company.id}
                companyName={job.data.company.name}
                contextKind="job"
                contextId={job.data.id}
                label="向单位提问"
                block
              />
            </div>
          )}
        </>
      )}
    </MobilePage>
  );
}
