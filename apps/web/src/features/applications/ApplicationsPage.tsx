import { APPLICATION_QUOTA, type ApplicationRecord } from '@openrecruit/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Dialog, ErrorBlock, Toast } from 'antd-mobile';
import { type KeyboardEvent, useRef } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { LoadMore } from '../../components/mobile/LoadMore';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { rowsOf } from '../../lib/paging';
import type { JobLinkState } from '../jobs/JobCard';
import { jobSearchPath } from '../jobs/search-filters';
import {
  type ApplicationListKind,
  refreshApplications,
  useApplicationList,
  useWithdrawApplication,
} from './api';
import { stateTone } from './application-state';
import './applications.css';

const TABS: Array<{ key: ApplicationListKind; label: string }> = [
  { key: 'current', label: '当前应聘记录' },
  { key: 'history', label: '历史应聘记录' },
];

/**
 * Seed 000 §五 and §六.1: 当前应聘记录 and 历史应聘记录, with replies and 面试通知NEW marked. Each list
 * loads its next page as it scrolls (issue 9), so a long history is all there.
 */
export function ApplicationsPage() {
  const [params, setParams] = useSearchParams();
  const list: ApplicationListKind = params.get('list') === 'history' ? 'history' : 'current';
  const tabRefs = useRef<Array<HTMLButtonElement | null>>([]);

  const select = (key: ApplicationListKind) =>
    setParams(key === 'current' ? {} : { list: key }, { replace: true, preventScrollReset: true });

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = (index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length;
    select(TABS[next]!.key);
    tabRefs.current[next]?.focus();
  };

  return (
    <MobilePage title="我的应聘" back={{ to: '/m/recruit', label: '招聘' }}>
      <div className="m-tabs" role="tablist" aria-label="应聘记录">
        {TABS.map((tab, index) => (
          <button
            key={tab.key}
            ref={(element) => {
              tabRefs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`applications-tab-${tab.key}`}
            aria-selected={list === tab.key}
            aria-controls={`applications-panel-${tab.key}`}
            tabIndex={list === tab.key ? 0 : -1}
            className="m-tabs__tab"
            onClick={() => select(tab.key)}
            onKeyDown={(event) => onTabKey(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`applications-panel-${list}`} aria-labelledby={`applications-tab-${list}`}>
        <ApplicationListPanel key={list} list={list} />
      </div>
    </MobilePage>
  );
}

function ApplicationListPanel({ list }: { list: ApplicationListKind }) {
  const navigate = useNavigate();
  const query = useApplicationList(list);
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <LoadFailed error={query.error} retry={() => void query.refetch()} />;
  const items = rowsOf(query.data.pages);
  const { currentCount, remaining } = query.data.pages[0]!;
  return (
    <>
      {list === 'current' ? (
        <p className="m-quota" role="status">
          当前应聘 <strong>{currentCount}</strong>/{APPLICATION_QUOTA} 条，还剩余 <strong>{remaining}</strong>{' '}
          个应聘名额
        </p>
      ) : (
        <p className="m-quota">已撤销的应聘记录</p>
      )}
      {items.length === 0 ? (
        <ErrorBlock
          status="empty"
          title={list === 'current' ? '暂无当前应聘记录' : '暂无历史应聘记录'}
          description={
            list === 'current' ? '在职位搜索中找到合适的岗位后点击“我要应聘”' : '撤销的应聘记录会显示在这里'
          }
        >
          {list === 'current' ? (
            <Button color="primary" fill="outline" onClick={() => navigate(jobSearchPath())}>
              去搜索职位
            </Button>
          ) : null}
        </ErrorBlock>
      ) : (
        <>
          <ul
            className="m-application-list"
            aria-label={list === 'current' ? '当前应聘记录' : '历史应聘记录'}
          >
            {items.map((record) => (
              <li key={record.id}>
                <ApplicationItem record={record} list={list} />
              </li>
            ))}
          </ul>
          <LoadMore query={query} noun="应聘记录" />
        </>
      )}
    </>
  );
}

function ApplicationItem({ record, list }: { record: ApplicationRecord; list: ApplicationListKind }) {
  const queryClient = useQueryClient();
  const location = useLocation();
  const withdraw = useWithdrawApplication(record.id);
  const linkState: JobLinkState = {
    from: { label: '我的应聘', path: location.pathname + location.search },
  };

  const onWithdraw = async () => {
    const confirmed = await Dialog.confirm({
      title: '撤销应聘',
      content: (
        <p className="m-dialog-text">
          确定撤销对“{record.job.title}”的应聘吗？撤销后该记录将移至历史应聘记录，并释放一个应聘名额。
        </p>
      ),
      confirmText: '撤销',
      cancelText: '取消',
    });
    if (!confirmed) return;
    withdraw.mutate(undefined, {
      onSuccess: async () => {
        await refreshApplications(queryClient);
        Toast.show({ content: '已撤销，可在历史应聘记录中查看', icon: 'success' });
      },
      onError: async (error) => {
        Toast.show({ content: messageOf(error), icon: 'fail' });
        await refreshApplications(queryClient);
      },
    });
  };

  const unread = record.unreadReplies;
  return (
    <article className="m-application" aria-labelledby={`application-${record.id}`}>
      <div className="m-application__head">
        <Link
          id={`application-${record.id}`}
          to={`/m/jobs/${record.job.id}`}
          state={linkState}
          className="m-application__title"
        >
          {record.job.title}
        </Link>
        {unread > 0 ? <span className="m-application__dot" role="img" aria-label="有未读回复" /> : null}
        <span className={`m-tag m-tag--${stateTone(record)} m-application__state`}>{record.stateLabel}</span>
      </div>
      <p className="m-application__company">{record.job.companyName}</p>
      <div className="m-application__meta">
        <span>
          {list === 'history' && record.withdrawnAt ? '撤销时间' : '更新时间'}：
          {formatDateTime(
            list === 'history' && record.withdrawnAt ? record.withdrawnAt : record.lastChangedAt,
          )}
        </span>
        {record.job.state === 'offline' ? <span className="m-tag m-tag--stopped">已停止招聘</span> : null}
      </div>
      <div className="m-application__foot">
        {record.hasNewInterviewNotice ? <span className="m-tag m-tag--new">面试通知NEW</span> : null}
        <span className="m-application__actions">
          <Badge content={unread > 0 ? unread : null} className="m-application__badge">
            <Link
              to={`/m/applications/${record.id}`}
              className="m-pill-link"
              aria-label={unread > 0 ? `查看回复（${unread}条未读）` : '查看回复'}
            >
              查看回复
            </Link>
          </Badge>
          {list === 'current' ? (
            <Button
              size="small"
              shape="rounded"
              className="m-application__withdraw"
              loading={withdraw.isPending}
              onClick={() => void onWithdraw()}
            >
              撤销
            </Button>
          ) : null}
        </span>
      </div>
    </article>
  );
}
