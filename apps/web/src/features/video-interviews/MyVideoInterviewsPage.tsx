import type { SeekerVideoInterview } from '@openrecruit/shared';
import { Button, Tabs, Tag, Toast } from 'antd-mobile';
import { Link, useSearchParams } from 'react-router';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useMyInterviews, useSeekerInterviewAction } from './api';
import { waitText } from './video-interview-labels';
import { seekerInterviewPath } from './video-interview-paths';
import './seeker-video-interviews.css';

const TAG_COLOURS: Partial<Record<SeekerVideoInterview['state'], string>> = {
  invited: 'primary',
  applied: 'warning',
  queued: 'primary',
  in_progress: 'success',
  completed: 'success',
};

/** /m/campus/video-interviews: 我的面试 — invitations to answer, applications, queue places, past ones. */
export function MyVideoInterviewsPage() {
  const [params, setParams] = useSearchParams();
  const scope = params.get('tab') === 'past' ? 'past' : 'open';
  return (
    <MobilePage title="我的面试" back={{ to: '/m/campus', label: '校园', history: true }}>
      <Tabs activeKey={scope} onChange={(key) => setParams({ tab: key }, { replace: true })}>
        <Tabs.Tab key="open" title="进行中">
          {scope === 'open' ? <InterviewList scope="open" /> : null}
        </Tabs.Tab>
        <Tabs.Tab key="past" title="已结束">
          {scope === 'past' ? <InterviewList scope="past" /> : null}
        </Tabs.Tab>
      </Tabs>
    </MobilePage>
  );
}

function InterviewList({ scope }: { scope: 'open' | 'past' }) {
  const list = useMyInterviews(scope);
  if (list.isPending) return <LoadingBlock />;
  if (list.isError) return <LoadFailed error={list.error} retry={() => list.refetch()} />;
  if (list.data.items.length === 0)
    return (
      <p className="m-muted m-vi__empty">
        {scope === 'open'
          ? '暂无进行中的视频面试。在校园的视频双选会中向参会单位申请，或等待单位邀请。'
          : '暂无已结束的视频面试'}
      </p>
    );
  return (
    <ul className="m-vi__list" aria-label={scope === 'open' ? '进行中的面试' : '已结束的面试'}>
      {list.data.items.map((item) => (
        <li key={item.id} className="m-card m-vi__item">
          <InterviewCard item={item} />
        </li>
      ))}
    </ul>
  );
}

function InterviewCard({ item }: { item: SeekerVideoInterview }) {
  const action = useSeekerInterviewAction();
  const answer = (choice: 'accept' | 'decline') =>
    action.mutate(
      { interviewId: item.id, action: choice },
      {
        onSuccess: () => Toast.show({ content: choice === 'accept' ? '已接受，已进入排队' : '已拒绝邀请' }),
        onError: (error) => Toast.show({ content: messageOf(error) }),
      },
    );
  return (
    <>
      <Link className="m-vi__item-link" to={seekerInterviewPath(item.id)}>
        <span className="m-vi__item-head">
          <span className="m-vi__item-title">{item.company.name}</span>
          <Tag color={TAG_COLOURS[item.state] ?? 'default'} fill="outline">
            {item.stateLabel}
          </Tag>
        </span>
        <span className="m-vi__line">{item.fair.title}</span>
        <span className="m-vi__line">
          {item.origin === 'application' ? '我的申请' : '企业邀请'}
          {item.job ? ` · ${item.job.title}` : ''} · {formatDateTime(item.createdAt)}
        </span>
        {item.place ? (
          <span className="m-vi__line m-vi__line--strong">
            排队第{item.place.position}位，预计等待{waitText(item.place.estimatedWaitSeconds)}
          </span>
        ) : null}
        {item.state === 'in_progress' ? (
          <span className="m-vi__line m-vi__line--strong">面试官正在呼叫您，点击进入</span>
        ) : null}
      </Link>
      {item.state === 'invited' ? (
        <div className="m-vi__actions">
          <Button
            size="small"
            color="primary"
            loading={action.isPending && action.variables?.action === 'accept'}
            onClick={() => answer('accept')}
            aria-label={`接受邀请：${item.company.name}`}
          >
            接受
          </Button>
          <Button
            size="small"
            loading={action.isPending && action.variables?.action === 'decline'}
            onClick={() => answer('decline')}
            aria-label={`拒绝邀请：${item.company.name}`}
          >
            拒绝
          </Button>
        </div>
      ) : null}
    </>
  );
}
