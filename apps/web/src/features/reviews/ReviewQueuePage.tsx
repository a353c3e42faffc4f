import type { ReviewKind, ReviewRequest, ReviewState } from '@openrecruit/shared';
import { Button, Table, type TableColumnsType, Tabs, Tag } from 'antd';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { REVIEW_PAGE_SIZE, type ReviewerConsole, useReviewRequests } from './api';
import { ReviewDrawer } from './ReviewDrawer';

export const STATE_LABELS: Record<ReviewState, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '已驳回',
};

/** Shanghai time, whatever the browser's zone (lib/format.ts). */
export const formatTime = (value: string | null) => formatDateTime(value);

/** 截止时间 (the kind's working days, campus issue §2), and 逾期 once it passed while pending. */
export function DueTime({ dueAt, overdue }: { dueAt: string; overdue: boolean }) {
  return (
    <span>
      {formatTime(dueAt)}
      {overdue ? (
        <Tag color="error" className="review-queue__overdue">
          逾期
        </Tag>
      ) : null}
    </span>
  );
}

type Props = {
  kind: ReviewKind;
  title: string;
  /** Whose queue: the platform's operators (default) or a university's staff. */
  reviewer?: ReviewerConsole;
  /** Beside the title: the list's actions (a university's 导出Excel). */
  actions?: ReactNode;
  /** Shown inside another page's tab (发票管理 > 开票审核): that page owns the heading and document title. */
  embedded?: boolean;
};

/**
 * One queue for every reviewer and kind, by state: the platform's 单位认证审核 / 管理员申请审核 /
 * 认证变更审核, a university's 入驻审核.
 */
export function ReviewQueuePage({ kind, title, reviewer = 'ops', actions, embedded = false }: Props) {
  const [state, setState] = useState<ReviewState>('pending');
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string>();
  const requests = useReviewRequests(reviewer, kind, state, page);

  useEffect(() => {
    if (!embedded) document.title = `${title} - 开放招聘`;
  }, [title, embedded]);

  const columns = useMemo<TableColumnsType<ReviewRequest>>(() => {
    const base: TableColumnsType<ReviewRequest> = [
      { title: '单位名称', dataIndex: ['company', 'name'], key: 'company', width: 240 },
      { title: '统一社会信用代码', dataIndex: ['company', 'code'], key: 'code', width: 190 },
      {
        title: '申请人',
        key: 'applicant',
        width: 150,
        render: (_, row) => (
          <>
            <div>{row.applicant.name}</div>
            <div className="ops-review__secondary">{row.applicant.department}</div>
          </>
        ),
      },
      { title: '联系手机', dataIndex: ['applicant', 'mobileMasked'], key: 'mobile', width: 130 },
      {
        title: '提交时间',
        dataIndex: 'submittedAt',
        key: 'submittedAt',
        width: 150,
        render: (value: string) => formatTime(value),
      },
    ];
    const due: TableColumnsType<ReviewRequest> =
      state === 'pending'
        ? [
            {
              title: '截止时间',
              key: 'dueAt',
              width: 190,
              render: (_, row) => (row.dueAt ? <DueTime dueAt={row.dueAt} overdue={row.overdue} /> : ''),
            },
          ]
        : [];
    const decided: TableColumnsType<ReviewRequest> =
      state === 'pending'
        ? []
        : [
            {
              title: '审核结果',
              key: 'decision',
              width: 160,
              render: (_, row) => (
                <span>
                  <Tag color={row.state === 'approved' ? 'success' : 'error'}>{STATE_LABELS[row.state]}</Tag>
                  {row.state === 'rejected' && row.reason ? row.reason : null}
                </span>
              ),
            },
            { title: '审核人', dataIndex: 'decidedBy', key: 'decidedBy', width: 120 },
            {
              title: '审核时间',
              dataIndex: 'decidedAt',
              key: 'decidedAt',
              width: 150,
              render: (value: string | null) => formatTime(value),
            },
          ];
    return [
      ...base,
      ...due,
      ...decided,
      {
        title: '操作',
        key: 'actions',
        width: 100,
        render: (_, row) => (
          <Button
            type="link"
            onClick={() => setOpenId(row.id)}
            aria-label={`${state === 'pending' ? '审核' : '查看'}：${row.company.name}`}
          >
            {state === 'pending' ? '审核' : '查看'}
          </Button>
        ),
      },
    ];
  }, [state]);

  return (
    <div className={embedded ? undefined : 'console-card'}>
      {embedded ? null : (
        <div className="review-queue__head">
          <h1 className="console-page-title">{title}</h1>
          {actions}
        </div>
      )}
      <Tabs
        activeKey={state}
        onChange={(key) => {
          setState(key as ReviewState);
          setPage(1);
        }}
        items={(Object.keys(STATE_LABELS) as ReviewState[]).map((key) => ({
          key,
          label: STATE_LABELS[key],
        }))}
      />
      <Table<ReviewRequest>
        rowKey="id"
        columns={columns}
        rowClassName={(row) => (row.overdue ? 'review-queue__row--overdue' : '')}
        dataSource={requests.data?.items ?? []}
        loading={requests.isPending}
        locale={{
          emptyText: requests.isError ? messageOf(requests.error) : `暂无${STATE_LABELS[state]}的申请`,
        }}
        pagination={{
          current: page,
          pageSize: REVIEW_PAGE_SIZE,
          total: requests.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: setPage,
        }}
        scroll={state === 'pending' ? undefined : { x: 1360 }}
      />
      <ReviewDrawer reviewer={reviewer} id={openId} title={title} onClose={() => setOpenId(undefined)} />
    </div>
  );
}
