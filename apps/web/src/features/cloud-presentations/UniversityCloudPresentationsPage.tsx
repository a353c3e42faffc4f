import {
  CLOUD_LIVE_STATE_LABELS,
  CLOUD_PRESENTATION_FORMAT_LABELS,
  CLOUD_PRESENTATION_TARGET_STATE_LABELS,
  type CloudPresentationTargetState,
  type UniversityCloudPresentation,
} from '@openrecruit/shared';
import { Button, Modal, Segmented, Space, Table, type TableColumnsType, Tabs, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { QueryState } from '../../components/console/QueryState';
import { formatDateTime } from '../../lib/format';
import { ReviewQueuePage } from '../reviews/ReviewQueuePage';
import { useUniversityCloudPresentations } from './api';
import { cloudTimeText, TARGET_STATE_COLORS } from './cloud-labels';
import './cloud-presentations.css';

// 云宣讲审核 (university console): the queue of the `cloud_presentation` review kind (each
// university decides its own copy; the drawer plays a recorded one), and 本校云宣讲, what the
// university's students see (已通过) and what it turned down.

export function UniversityCloudPresentationsPage() {
  useEffect(() => {
    document.title = '云宣讲审核 - 开放招聘';
  }, []);
  return (
    <div className="console-card">
      <h1 className="console-page-title">云宣讲审核</h1>
      <Tabs
        destroyOnHidden
        items={[
          {
            key: 'queue',
            label: '云宣讲审核',
            children: (
              <ReviewQueuePage reviewer="university" kind="cloud_presentation" title="云宣讲审核" embedded />
            ),
          },
          { key: 'list', label: '本校云宣讲', children: <UniversityCloudList /> },
        ]}
      />
    </div>
  );
}

const LIST_STATES: CloudPresentationTargetState[] = ['approved', 'rejected', 'withdrawn'];

function UniversityCloudList() {
  const [state, setState] = useState<CloudPresentationTargetState>('approved');
  const [page, setPage] = useState(1);
  const list = useUniversityCloudPresentations(state, page);
  const [watching, setWatching] = useState<UniversityCloudPresentation>();

  const columns: TableColumnsType<UniversityCloudPresentation> = [
    { title: '单位名称', dataIndex: 'companyName', key: 'companyName', width: 200 },
    { title: '宣讲主题', dataIndex: 'title', key: 'title' },
    {
      title: '宣讲形式',
      key: 'format',
      width: 120,
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <Tag color={p.format === 'live' ? 'magenta' : 'blue'}>
            {CLOUD_PRESENTATION_FORMAT_LABELS[p.format]}
          </Tag>
          {p.liveState ? <span className="cloud-reason">{CLOUD_LIVE_STATE_LABELS[p.liveState]}</span> : null}
        </Space>
      ),
    },
    { title: '宣讲时间', key: 'time', width: 190, render: (_, p) => cloudTimeText(p) },
    {
      title: '审核结果',
      key: 'state',
      width: 180,
      render: (_, p) => (
        <span>
          <Tag color={TARGET_STATE_COLORS[p.state]}>{CLOUD_PRESENTATION_TARGET_STATE_LABELS[p.state]}</Tag>
          {p.rejectReason ? <span className="cloud-reason">原因：{p.rejectReason}</span> : null}
        </span>
      ),
    },
    {
      title: '审核时间',
      dataIndex: 'decidedAt',
      key: 'decidedAt',
      width: 140,
      render: (iso: string | null) => formatDateTime(iso),
    },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      render: (_, p) =>
        p.videoUrl ? (
          <Button type="link" onClick={() => setWatching(p)} aria-label={`观看：${p.title}`}>
            观看
          </Button>
        ) : null,
    },
  ];

  return (
    <>
      <Segmented
        aria-label="审核结果"
        style={{ marginBottom: 16 }}
        value={state}
        onChange={(value) => {
          setState(value as CloudPresentationTargetState);
          setPage(1);
        }}
        options={LIST_STATES.map((value) => ({
          value,
          label: CLOUD_PRESENTATION_TARGET_STATE_LABELS[value],
        }))}
      />
      <QueryState query={list}>
        {(data) => (
          <Table
            rowKey="id"
            columns={columns}
            dataSource={data.items}
            locale={{ emptyText: '暂无云宣讲' }}
            pagination={{
              current: page,
              pageSize: 10,
              total: data.total,
              onChange: setPage,
              showTotal: (total) => `共${total}条`,
            }}
          />
        )}
      </QueryState>
      <Modal
        open={watching !== undefined}
        title={watching ? `${watching.companyName}：${watching.title}` : ''}
        footer={null}
        width={760}
        onCancel={() => setWatching(undefined)}
        destroyOnHidden
      >
        {watching?.videoUrl ? (
          // biome-ignore lint/a11y/useMediaCaption: a company's presentation video has no caption track
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
    </>
  );
}
