import type { JobDetail, PublicJobDetail } from '@openrecruit/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Dialog, Toast } from 'antd-mobile';
import { useLocation, useNavigate, useParams } from 'react-router';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { type BackTarget, MobilePage } from '../../components/mobile/MobilePage';
import { NoticeBox } from '../../components/mobile/NoticeBox';
import { ApiError, messageOf } from '../../lib/api';
import {
  educationRequirement,
  formatAgeRange,
  formatDate,
  formatSalary,
  workAreaLabel,
  workNatureLabel,
} from '../../lib/format';
import { loginPathFor } from '../../lib/return-path';
import { useSession } from '../../lib/session';
import { applicationKeys, applicationsApi, refreshApplications } from '../applications/api';
import { favouriteKeys, favouritesApi } from '../favourites/api';
import { seekerKeys } from '../seekers/api';
import { CompleteProfileForm } from '../seekers/CompleteProfileForm';
import { jobKeys, jobsApi } from './api';
import { CompanyBrandCard } from './CompanyBrandCard';
import type { JobLinkState } from './JobCard';
import { jobSearchPath } from './search-filters';
import './jobs.css';

const QUOTA_NOTE = '您已有10条当前应聘记录，需要撤销部分应聘记录后才可继续投递。';

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

function PublicJobPage({ id, back }: { id: string; back: BackTarget }) {
  const navigate = useNavigate();
  const location = useLocation();
  const job = useQuery({ queryKey: jobKeys.publicDetail(id), queryFn: () => jobsApi.publicDetail(id) });
  const toLogin = () => navigate(loginPathFor('/m/login', location));
  const footer = job.data ? (
    <div className="m-bottom-bar m-apply-bar">
      {job.data.state === 'offline' ? (
        <Button block color="primary" size="large" disabled>
          该岗位已停止招聘
        </Button>
      ) : (
        <Button block color="primary" size="large" onClick={toLogin}>
          登录后应聘
        </Button>
      )}
    </div>
  ) : null;
  return (
    <MobilePage
      title="职位详情"
      back={back}
      footer={footer}
      right={
        <button type="button" className="m-favourite-button" aria-pressed={false} onClick={toLogin}>
          <StarIcon filled={false} />
          收藏
        </button>
      }
    >
      {job.isPending ? (
        <LoadingBlock />
      ) : job.isError ? (
        <LoadFailed error={job.error} retry={() => void job.refetch()} />
      ) : (
        <>
          {job.data.state === 'offline' ? <p className="m-stopped-banner">该岗位已停止招聘</p> : null}
          <JobBody job={job.data} />
        </>
      )}
    </MobilePage>
  );
}

function SeekerJobPage({ id, back }: { id: string; back: BackTarget }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const job = useQuery({ queryKey: jobKeys.detail(id), queryFn: () => jobsApi.detail(id) });
  // How many application slots are left, to say before applying that the quota is full.
  const current = useQuery({
    queryKey: applicationKeys.list('current'),
    queryFn: () => applicationsApi.list('current'),
  });

  const refreshJob = () => queryClient.invalidateQueries({ queryKey: jobKeys.detail(id) });

  const favourite = useMutation({
    mutationFn: (add: boolean) => (add ? favouritesApi.add(id) : favouritesApi.remove(id)),
    onSuccess: async (_result, add) => {
      queryClient.setQueryData<JobDetail>(jobKeys.detail(id), (old) =>
        old ? { ...old, favourite: add } : old,
      );
      await queryClient.invalidateQueries({ queryKey: favouriteKeys.all });
      Toast.show({ content: add ? '已收藏' : '已取消收藏' });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'FAVOURITES_FULL') {
        Dialog.show({
          title: '收藏已满',
          content: <p className="m-dialog-text">{error.message}</p>,
          closeOnAction: true,
          actions: [
            [
              { key: 'close', text: '知道了' },
              { key: 'manage', text: '编辑收藏', bold: true, onClick: () => navigate('/m/favourites') },
            ],
          ],
        });
        return;
      }
      Toast.show({ content: messageOf(error), icon: 'fail' });
      void refreshJob();
    },
  });

  const apply = useMutation({
    mutationFn: (acknowledgeWarnings: boolean) => applicationsApi.apply(id, acknowledgeWarnings),
  });

  const goToApplications = () => navigate('/m/applications');

  const submit = (acknowledgeWarnings: boolean) =>
    apply.mutate(acknowledgeWarnings, {
      onSuccess: async (result) => {
        await refreshApplications(queryClient);
        // Seed 000 §四.2: the server's own words, e.g. 岗位应聘成功。您目前还剩余 8 个应聘名额。
        Dialog.show({
          title: '应聘成功',
          content: <p className="m-dialog-text">{result.message}</p>,
          closeOnAction: true,
          actions: [
            [
              { key: 'applications', text: '查看我的应聘', onClick: goToApplications },
              { key: 'ok', text: '知道了', bold: true },
            ],
          ],
        });
      },
      onError: async (error) => {
        if (!(error instanceof ApiError)) {
          Toast.show({ content: messageOf(error), icon: 'fail' });
          return;
        }
        switch (error.code) {
          case 'REQUIREMENTS_NOT_MET': {
            const warnings = Array.isArray(error.details?.warnings)
              ? (error.details.warnings as unknown[]).map(String)
              : [];
            if (await confirmWarnings(warnings, error.message)) submit(true);
            return;
          }
          case 'APPLICATION_QUOTA_FULL':
            await queryClient.invalidateQueries({ queryKey: applicationKeys.all });
            Dialog.show({
              title: '应聘名额已满',
              content: <p className="m-dialog-text">{error.message}</p>,
              closeOnAction: true,
              actions: [
                [
                  { key: 'close', text: '取消' },
                  { key: 'applications', text: '前往我的应聘', bold: true, onClick: goToApplications },
                ],
              ],
            });
            return;
          case 'PROFILE_INCOMPLETE':
            await queryClient.invalidateQueries({ queryKey: seekerKeys.profile });
            await refreshJob();
            return;
          default:
            Toast.show({ content: error.message, icon: 'fail' });
            await refreshApplications(queryClient);
        }
      },
    });

  const startApplying = async (detail: JobDetail) => {
    if (detail.warnings.length === 0) {
      submit(false);
      return;
    }
    if (await confirmWarnings(detail.warnings)) submit(true);
  };

  const detail = job.data;
  const profileMissing = job.error instanceof ApiError && job.error.code === 'PROFILE_INCOMPLETE';
  const stopped = detail?.state === 'offline';
  const applied = Boolean(detail?.application && detail.application.state !== 'withdrawn');
  const quotaFull = current.data ? current.data.remaining <= 0 : false;

  const footer = detail ? (
    <div className="m-bottom-bar m-apply-bar">
      {stopped ? (
        <Button block color="primary" size="large" disabled>
          该岗位已停止招聘
        </Button>
      ) : applied ? (
        <div className="m-apply-bar__row">
          <Button color="primary" size="large" disabled>
            已应聘
          </Button>
          <Button
            color="primary"
            fill="outline"
            size="large"
            onClick={() =>
              navigate(detail.application ? `/m/applications/${detail.application.id}` : '/m/applications')
            }
          >
            查看应聘记录
          </Button>
        </div>
      ) : (
        <>
          {quotaFull ? <p className="m-apply-bar__note">{QUOTA_NOTE}</p> : null}
          <div className="m-apply-bar__row">
            {quotaFull ? (
              <Button color="primary" fill="outline" size="large" onClick={goToApplications}>
                我的应聘
              </Button>
            ) : null}
            <Button
              color="primary"
              size="large"
              loading={apply.isPending}
              onClick={() => void startApplying(detail)}
            >
              我要应聘
            </Button>
          </div>
        </>
      )}
    </div>
  ) : null;

  return (
    <MobilePage
      title="职位详情"
      back={back}
      footer={footer}
      right={
        detail ? (
          <button
            type="button"
            className="m-favourite-button"
            aria-pressed={detail.favourite}
            disabled={favourite.isPending}
            onClick={() => favourite.mutate(!detail.favourite)}
          >
            <StarIcon filled={detail.favourite} />
            {detail.favourite ? '已收藏' : '收藏'}
          </button>
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
          {stopped ? <p className="m-stopped-banner">该岗位已停止招聘</p> : null}
          {job.data.warnings.length > 0 && !stopped && !applied ? (
            <NoticeBox tone="warning" title="您不完全符合该岗位的要求">
              <ul className="m-warning-list">
                {job.data.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </NoticeBox>
          ) : null}
          <JobBody job={job.data} />
        </>
      )}
    </MobilePage>
  );
}

/** The rule: a job whose age or education is not met may still be applied to, after a warning. */
function confirmWarnings(warnings: string[], lead = '您不完全符合该岗位的以下要求：'): Promise<boolean> {
  return Dialog.confirm({
    title: '确认应聘',
    content: (
      <div>
        <p className="m-dialog-text">{lead}</p>
        {warnings.length > 0 ? (
          <ul className="m-warning-list">
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        ) : null}
        <p className="m-dialog-text">是否仍要应聘？</p>
      </div>
    ),
    confirmText: '仍要应聘',
    cancelText: '取消',
  });
}

function showProbation(job: PublicJobDetail) {
  Dialog.alert({
    title: '试用期信息',
    content:
      job.probationMonths > 0 ? (
        <dl className="m-facts">
          <dt>试用期</dt>
          <dd>{job.probationMonths}个月</dd>
          <dt>试用期薪资</dt>
          <dd>{job.probationSalary === null ? '与转正后相同' : `${job.probationSalary}元/月`}</dd>
        </dl>
      ) : (
        <p className="m-dialog-text">该岗位无试用期。</p>
      ),
    confirmText: '知道了',
  });
}

function JobBody({ job }: { job: PublicJobDetail }) {
  return (
    <>
      <section className="m-job-hero" aria-labelledby="job-title">
        <h2 id="job-title" className="m-job-hero__title">
          {job.title}
          {job.pinned ? <span className="m-tag m-tag--pinned">置顶</span> : null}
          {job.isCampus ? <span className="m-tag m-tag--primary">校园招聘</span> : null}
          {job.state === 'offline' ? <span className="m-tag m-tag--stopped">已停止招聘</span> : null}
        </h2>
        <div className="m-job-hero__salary">
          <span className="m-job-hero__salary-label">月收入</span>
          <span className="m-job-hero__salary-value">{formatSalary(job.salaryMin, job.salaryMax)}</span>
          <button type="button" className="m-probation-button" onClick={() => showProbation(job)}>
            试用期
            <span aria-hidden="true">›</span>
          </button>
        </div>
        <div className="m-job-hero__tags">
          <span className="m-tag">{educationRequirement(job.education)}</span>
          <span className="m-tag">{formatAgeRange(job.ageMin, job.ageMax)}</span>
          <span className="m-tag">招{job.headcount}人</span>
          <span className="m-tag">{workAreaLabel(job.workArea)}</span>
        </div>
        <p className="m-job-hero__company">{job.companyName}</p>
      </section>
      <section className="m-card" aria-labelledby="job-basic">
        <h2 id="job-basic" className="m-card__title">
          基本信息
        </h2>
        <dl className="m-facts">
          <dt>职业</dt>
          <dd>{job.occupation}</dd>
          <dt>工作性质</dt>
          <dd>{workNatureLabel(job.workNature)}</dd>
          <dt>学历要求</dt>
          <dd>{educationRequirement(job.education)}</dd>
          <dt>年龄要求</dt>
          <dd>{formatAgeRange(job.ageMin, job.ageMax)}</dd>
          <dt>招聘人数</dt>
          <dd>{job.headcount}人</dd>
          <dt>工作地区</dt>
          <dd>{workAreaLabel(job.workArea)}</dd>
          <dt>工作地址</dt>
          <dd>{job.address}</dd>
          <dt>发布日期</dt>
          <dd>{formatDate(job.publishedAt)}</dd>
        </dl>
      </section>
      <section className="m-card" aria-labelledby="job-description">
        <h2 id="job-description" className="m-card__title">
          职位描述
        </h2>
        <p className="m-text-block">{job.description || '暂无'}</p>
      </section>
      <section className="m-card" aria-labelledby="job-skills">
        <h2 id="job-skills" className="m-card__title">
          技能要求
        </h2>
        <p className="m-text-block">{job.skills || '暂无'}</p>
      </section>
      <CompanyBrandCard company={job.company} />
    </>
  );
}

function StarIcon({ filled }: { filled: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        d="m12 3.5 2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z"
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="1.7"
        strokeLinejoin="round"
      />
    </svg>
  );
}
