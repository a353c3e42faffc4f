import type { CampusPresentationDetail } from '@openrecruit/shared';
import { Button, Dialog, Tag, Toast } from 'antd-mobile';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { messageOf } from '../../lib/api';
import { AskQuestionButton } from '../campus-qa/AskQuestionButton';
import { useCampusPresentation, useCancelCampusSignup, useSignUpForPresentation } from './api';
import { presentationTime, SIGNUP_TAG_COLORS, signupLabel } from './campus-labels';
import './campus.css';

/** /m/campus/presentations/:id: a presentation, 报名 / 取消报名, its jobs, and the company's campus page. */
export function CampusPresentationPage() {
  const { id = '' } = useParams();
  const presentation = useCampusPresentation(id);
  const back = { to: '/m/campus', label: '校园', history: true };
  if (presentation.isPending)
    return (
      <MobilePage title="宣讲会" back={back}>
        <LoadingBlock />
      </MobilePage>
    );
  if (presentation.isError)
    return (
      <MobilePage title="宣讲会" back={back}>
        <LoadFailed error={presentation.error} retry={() => presentation.refetch()} />
      </MobilePage>
    );
  return <PresentationBody presentation={presentation.data} back={back} />;
}

function PresentationBody({
  presentation,
  back,
}: {
  presentation: CampusPresentationDetail;
  back: { to: string; label: string; history: boolean };
}) {
  const navigate = useNavigate();
  const signUp = useSignUpForPresentation();
  const cancel = useCancelCampusSignup();
  const signup = presentation.signup;
  const active = signup && signup.state !== 'cancelled';

  const onSignUp = () =>
    signUp.mutate(presentation.id, {
      onSuccess: (created) => {
        Toast.show({ content: '报名成功', icon: 'success' });
        navigate(`/m/campus/signups/${created.id}`);
      },
      onError: (error) => Toast.show({ content: messageOf(error), icon: 'fail' }),
    });
  const onCancel = async () => {
    if (!signup) return;
    const confirmed = await Dialog.confirm({
      title: '取消报名',
      content: `确定取消报名“${presentation.title}”吗？名额将释放给其他同学。`,
      confirmText: '取消报名',
      cancelText: '再想想',
    });
    if (!confirmed) return;
    cancel.mutate(signup.id, {
      onSuccess: () => Toast.show({ content: '已取消报名' }),
      onError: (error) => Toast.show({ content: messageOf(error), icon: 'fail' }),
    });
  };

  const footer = active ? (
    <div className="m-campus__actions">
      {signup.state === 'signed_up' ? (
        <>
          <Button block fill="outline" loading={cancel.isPending} onClick={onCancel}>
            取消报名
          </Button>
          <Button block color="primary" onClick={() => navigate(`/m/campus/signups/${signup.id}`)}>
            签到码
          </Button>
        </>
      ) : (
        <Button block disabled>
          {signupLabel(signup.state)}
        </Button>
      )}
    </div>
  ) : (
    <div className="m-campus__actions">
      <Button
        block
        color="primary"
        disabled={!presentation.canSignUp}
        loading={signUp.isPending}
        onClick={onSignUp}
      >
        {presentation.canSignUp ? '报名' : presentation.signupRefusal || '不可报名'}
      </Button>
    </div>
  );

  return (
    <MobilePage title="宣讲会" back={back} footer={footer}>
      <section className="m-card" aria-labelledby="presentation-title">
        <h2 id="presentation-title" className="m-campus-detail__title">
          {presentation.title}
        </h2>
        {signup ? (
          <Tag color={SIGNUP_TAG_COLORS[signup.state]} fill="outline">
            {signupLabel(signup.state)}
          </Tag>
        ) : null}
        <dl className="m-facts">
          <dt>单位</dt>
          <dd>
            <Link to={`/m/campus/companies/${presentation.company.id}`}>{presentation.company.name}</Link>
          </dd>
          <dt>学校</dt>
          <dd>
            <Link to={`/m/universities/${presentation.university.id}`}>{presentation.university.name}</Link>
          </dd>
          <dt>时间</dt>
          <dd>{presentationTime(presentation.startsAt, presentation.endsAt)}</dd>
          <dt>地点</dt>
          <dd>{presentation.room}</dd>
          <dt>名额</dt>
          <dd>
            剩余 {presentation.capacityLeft} / 共 {presentation.capacity}
          </dd>
          {presentation.majors.length ? (
            <>
              <dt>面向专业</dt>
              <dd>{presentation.majors.join('、')}</dd>
            </>
          ) : null}
        </dl>
      </section>
      {presentation.description ? (
        <section className="m-card" aria-labelledby="presentation-intro">
          <h2 id="presentation-intro" className="m-card__title">
            宣讲内容
          </h2>
          <p className="m-campus-detail__text">{presentation.description}</p>
        </section>
      ) : null}
      <section className="m-card" aria-labelledby="presentation-jobs">
        <h2 id="presentation-jobs" className="m-card__title">
          招聘岗位
        </h2>
        {presentation.jobs.length ? (
          <ul className="m-campus-jobs">
            {presentation.jobs.map((job) => (
              <li key={job.id}>
                <Link to={`/m/jobs/${job.id}`}>{job.title}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="m-muted">暂无岗位</p>
        )}
      </section>
      <section className="m-card" aria-labelledby="presentation-ask">
        <h2 id="presentation-ask" className="m-card__title">
          有疑问？
        </h2>
        <AskQuestionButton
          companyId={presentation.company.id}
          companyName={presentation.company.name}
          contextKind="presentation"
          contextId={presentation.id}
          label="向单位提问"
        />
        <p>
          <Link to={`/m/campus/companies/${presentation.company.id}`}>查看单位的常见问题 ›</Link>
        </p>
      </section>
    </MobilePage>
  );
}
