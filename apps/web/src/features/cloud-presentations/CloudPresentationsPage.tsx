import {
  CLOUD_LIVE_STATE_LABELS,
  CLOUD_PRESENTATION_FORMAT_LABELS,
  CLOUD_PRESENTATION_TARGET_STATE_LABELS,
  type CloudPresentation,
  type CloudPresentationTarget,
} from '@openrecruit/shared';
import { Alert, App, Button, Modal, Popconfirm, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../components/console/QueryState';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useEnteredUniversities } from '../presentations/api';
import { ApplyCloudPresentationDrawer } from './ApplyCloudPresentationDrawer';
import {
  CLOUD_PRESENTATIONS_PAGE_SIZE,
  useCloudPresentations,
  useResubmitCloudPresentation,
  useWithdrawCloudPresentation,
} from './api';
import { cloudTimeText, TARGET_STATE_COLORS } from './cloud-labels';
import './cloud-presentations.css';

// 云校招 > 云宣讲 (seed 002): 在【云校招>云宣讲】页点击申请，选择录播宣讲或直播宣讲形式 … 【云校招>云宣讲】
// 列表可查看审核状态.

const approvedSomewhere = (p: CloudPresentation) =>
  !p.withdrawnAt && p.targets.some((target) => target.state === 'approved');

export function CloudPresentationsPage() {
  const [page, setPage] = useState(1);
  const list = useCloudPresentations(page);
  const universities = useEnteredUniversities();
  const withdraw = useWithdrawCloudPresentation();
  const resubmit = useResubmitCloudPresentation();
  const { message } = App.useApp();
  const [applying, setApplying] = useState(false);
  const [watching, setWatching] = useState<CloudPresentation>();
  useEffect(() => {
    document.title = '云宣讲 - 开放招聘';
  }, []);

  const doResubmit = (p: CloudPresentation, target: CloudPresentationTarget) =>
    resubmit.mutate(
      { id: p.id, universityId: target.universityId },
      {
        onSuccess: () => message.success(`已重新提交${target.universityName}审核`),
        onError: (error) => message.error(messageOf(error)),
      },
    );

  const columns: TableColumnsType<CloudPresentation> = [
    { title: '宣讲主题', dataIndex: 'title', key: 'title' },
    {
      title: '宣讲形式',
      key: 'format',
      width: 110,
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <Tag color={p.format === 'live' ? 'magenta' : 'blue'}>
            {CLOUD_PRESENTATION_FORMAT_LABELS[p.format]}
          </Tag>
          {p.format === 'live' && p.liveState ? (
            <span className="cloud-reason">{CLOUD_LIVE_STATE_LABELS[p.liveState]}</span>
          ) : null}
        </Space>
      ),
    },
    { title: '宣讲时间', key: 'time', width: 190, render: (_, p) => cloudTimeText(p) },
    {
      title: '宣讲高校与审核状态',
      key: 'targets',
      width: 320,
      render: (_, p) => (
        <div className="cloud-targets">
          {p.targets.map((target) => (
            <div key={target.universityId}>
              <Tag color={TARGET_STATE_COLORS[target.state]}>
                {target.universityName} · {CLOUD_PRESENTATION_TARGET_STATE_LABELS[target.state]}
              </Tag>
              {target.state === 'rejected' ? (
                <>
                  <span className="cloud-reason">原因：{target.rejectReason}</span>
                  <Button
                    type="link"
                    size="small"
                    style={{ padding: 0 }}
                    onClick={() => doResubmit(p, target)}
                    aria-label={`重新提交：${target.universityName}`}
                  >
                    重新提交
                  </Button>
                </>
              ) : null}
            </div>
          ))}
        </div>
      ),
    },
    {
      title: '申请时间',
      dataIndex: 'createdAt',
      key: 'createdAt',
      width: 140,
      render: (iso: string) => formatDateTime(iso),
    },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_, p) => (
        <Space size={0} wrap>
          {p.format === 'live' && approvedSomewhere(p) ? (
            <Link to={`/employer/cloud/presentations/${p.id}/live`} aria-label={`进入直播间：${p.title}`}>
              进入直播间
            </Link>
          ) : null}
          {p.videoUrl ? (
            <Button type="link" onClick={() => setWatching(p)} aria-label={`观看：${p.title}`}>
              观看
            </Button>
          ) : null}
          {p.withdrawnAt ? null : (
            <Popconfirm
              title="撤回该云宣讲？"
              description="撤回后所有高校不再展示，审核中的申请也将撤回。"
              okText="撤回"
              cancelText="不撤回"
              okButtonProps={{ danger: true }}
              onConfirm={() =>
                withdraw.mutate(p.id, {
                  onSuccess: () => message.success('已撤回'),
                  onError: (error) => message.error(messageOf(error)),
                })
              }
            >
              <Button type="link" danger aria-label={`撤回：${p.title}`}>
                撤回
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  const entered = universities.data ?? [];
  return (
    <div className="console-card">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="center">
        <h1 className="console-page-title">云宣讲</h1>
        <Button type="primary" onClick={() => setApplying(true)}>
          申请
        </Button>
      </Space>
      <p className="cloud-hint">
        选择录播宣讲或直播宣讲，向已入驻的高校提交；宣讲高校审核通过后展示在高校就业官网，学生即可观看。
      </p>
      {universities.isSuccess && entered.length === 0 ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="贵单位尚未入驻任何高校"
          description={
            <span>
              云宣讲只能向已入驻的高校申请，请先在<Link to="/employer/campus/universities">入驻高校</Link>
              中申请入驻。
            </span>
          }
        />
      ) : null}
      <QueryState query={list}>
        {(data) => (
          <Table
            rowKey="id"
            columns={columns}
            dataSource={data.items}
            locale={{ emptyText: '还没有云宣讲，点击“申请”开始' }}
            pagination={{
              current: page,
              pageSize: CLOUD_PRESENTATIONS_PAGE_SIZE,
              total: data.total,
              onChange: setPage,
              showTotal: (total) => `共${total}条`,
            }}
          />
        )}
      </QueryState>
      <ApplyCloudPresentationDrawer
        open={applying}
        universities={entered}
        onClose={() => setApplying(false)}
      />
      <Modal
        open={watching !== undefined}
        title={watching?.title}
        footer={null}
        width={760}
        onCancel={() => setWatching(undefined)}
        destroyOnHidden
      >
        {watching?.videoUrl ? (
          // biome-ignore lint/a11y/useMediaCaption: a company's own presentation video has no caption track
          <video
            className="cloud-player"
            controls
            playsInline
            preload="metadata"
            src={watching.videoUrl}
            poster={watching.posterUrl ?? undefined}
          />
        ) : null}
      </Modal>
    </div>
  );
}
