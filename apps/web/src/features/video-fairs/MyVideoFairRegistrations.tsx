import { VIDEO_FAIR_MODE_LABELS, type VideoFairRegistration } from '@openrecruit/shared';
import { App, Button, Drawer, Popconfirm, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { RechargePayment } from '../points/RechargePayment';
import { VideoFairProcess } from '../video-interviews/VideoFairProcess';
import { roomPath } from '../video-interviews/video-interview-paths';
import { useCancelVideoFairRegistration, useMyVideoFairRegistrations, VIDEO_FAIRS_PAGE_SIZE } from './api';
import { paymentText, REGISTRATION_STATES, timeRange } from './video-fair-labels';

/** 我的报名: each registration, its payment and review state, 去支付 / 取消报名, and its 面试间. */
export function MyVideoFairRegistrations() {
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const registrations = useMyVideoFairRegistrations(page);
  const cancel = useCancelVideoFairRegistration();
  const [paying, setPaying] = useState<VideoFairRegistration | null>(null);

  const columns: TableColumnsType<VideoFairRegistration> = [
    {
      title: '视频双选会',
      key: 'fair',
      width: 260,
      render: (_, row) => (
        <Space direction="vertical" size={0}>
          <strong>{row.fair.title}</strong>
          <span className="video-fairs__secondary">{row.fair.university.name}</span>
          <span className="video-fairs__secondary">{timeRange(row.fair.startsAt, row.fair.endsAt)}</span>
        </Space>
      ),
    },
    { title: '面试方式', key: 'mode', width: 90, render: (_, row) => VIDEO_FAIR_MODE_LABELS[row.mode] },
    { title: '报名费', key: 'fee', width: 210, render: (_, row) => paymentText(row) },
    {
      title: '状态',
      key: 'state',
      width: 200,
      render: (_, row) => (
        <Space direction="vertical" size={2}>
          <Tag color={REGISTRATION_STATES[row.state].color}>{REGISTRATION_STATES[row.state].label}</Tag>
          {row.state === 'rejected' && row.rejectReason ? (
            <span className="video-fairs__secondary">原因：{row.rejectReason}</span>
          ) : null}
          {row.state === 'pending' && row.dueAt ? (
            <span className="video-fairs__secondary">预计{formatDateTime(row.dueAt)}前审核</span>
          ) : null}
          {row.fair.state === 'cancelled' ? (
            <span className="video-fairs__secondary">双选会已取消</span>
          ) : null}
        </Space>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 220,
      render: (_, row) => (
        <Space size={4} wrap>
          {row.state === 'awaiting_payment' && row.paymentOrder ? (
            <Button type="link" onClick={() => setPaying(row)} aria-label={`去支付：${row.fair.title}`}>
              去支付
            </Button>
          ) : null}
          {row.canCancel ? (
            <Popconfirm
              title="取消报名"
              description={row.paidAt ? '取消后报名费将全额退回。确定取消吗？' : '确定取消本次报名吗？'}
              okText="取消报名"
              cancelText="不取消"
              onConfirm={() =>
                cancel.mutateAsync(row.id).then(
                  () => message.success('报名已取消'),
                  (error) => message.error(messageOf(error)),
                )
              }
            >
              <Button type="link" danger aria-label={`取消报名：${row.fair.title}`}>
                取消报名
              </Button>
            </Popconfirm>
          ) : null}
          {row.state === 'approved'
            ? row.interviewers.map((interviewer) => (
                <Link key={interviewer.room} to={roomPath(row.id, interviewer.room)}>
                  面试间{interviewer.room}
                </Link>
              ))
            : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <Table<VideoFairRegistration>
        rowKey="id"
        columns={columns}
        dataSource={registrations.data?.items ?? []}
        loading={registrations.isPending}
        scroll={{ x: 1000 }}
        locale={{ emptyText: registrations.isError ? messageOf(registrations.error) : '暂无报名记录' }}
        expandable={{
          rowExpandable: (row) => row.state === 'approved',
          expandedRowRender: (row) => <VideoFairProcess registrationId={row.id} />,
        }}
        pagination={{
          current: page,
          pageSize: VIDEO_FAIRS_PAGE_SIZE,
          total: registrations.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: setPage,
        }}
      />
      {paying?.paymentOrder ? (
        <Drawer
          open
          width={560}
          title={`微信支付：${paying.fair.title}`}
          onClose={() => setPaying(null)}
          destroyOnHidden
        >
          <RechargePayment
            order={paying.paymentOrder}
            onPaid={() => {
              message.success('支付成功，报名已提交审核');
              setPaying(null);
            }}
            onBack={() => {
              message.info('已取消支付，本次报名已取消');
              setPaying(null);
            }}
          />
        </Drawer>
      ) : null}
    </>
  );
}
