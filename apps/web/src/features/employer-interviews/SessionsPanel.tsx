import type { InterviewSessionSummary } from '@openrecruit/shared';
import { Button, Flex, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { messageOf } from '../../lib/api';
import { formatDate, formatDateTime, formatTime } from '../../lib/format';
import { useInterviewSessions } from './api';

export function sessionTime(session: Pick<InterviewSessionSummary, 'startsAt' | 'endsAt'>): string {
  const start = formatDateTime(session.startsAt);
  if (!session.endsAt) return start;
  return formatDate(session.endsAt) === formatDate(session.startsAt)
    ? `${start}-${formatTime(session.endsAt)}`
    : `${start} 至 ${formatDateTime(session.endsAt)}`;
}

/** How many candidates answered what: 待回复 / 参加 / 不参加 / 已确认, and who is not notified yet. */
export function AnswerCounts({ counts }: { counts: InterviewSessionSummary['counts'] }) {
  return (
    <Space size={4} wrap>
      {counts.pending > 0 && <Tag>未通知 {counts.pending}</Tag>}
      {counts.failed > 0 && <Tag color="red">通知失败 {counts.failed}</Tag>}
      {counts.invited > 0 && <Tag color="blue">待回复 {counts.invited}</Tag>}
      {counts.accepted > 0 && <Tag color="green">参加 {counts.accepted}</Tag>}
      {counts.declined > 0 && <Tag color="orange">不参加 {counts.declined}</Tag>}
      {counts.confirmed > 0 && <Tag color="cyan">已确认 {counts.confirmed}</Tag>}
    </Space>
  );
}

/** 面试安排 list: sessions not over yet first, soonest first. */
export function SessionsPanel({ onCreate, onOpen }: { onCreate: () => void; onOpen: (id: string) => void }) {
  const [page, setPage] = useState(1);
  const sessions = useInterviewSessions(page);
  const columns: TableColumnsType<InterviewSessionSummary> = [
    {
      title: '面试名称',
      key: 'title',
      render: (_, row) => <Typography.Link onClick={() => onOpen(row.id)}>{row.title}</Typography.Link>,
    },
    {
      title: '面试方式',
      key: 'mode',
      render: (_, row) => (
        <Tag color={row.mode === 'offline' ? 'geekblue' : 'purple'}>
          {row.modeLabel}
          {row.university ? `·${row.university.name}` : ''}
        </Tag>
      ),
    },
    { title: '面试时间', key: 'time', render: (_, row) => sessionTime(row) },
    { title: '地点/会议', dataIndex: 'location', ellipsis: true },
    { title: '人数', key: 'total', render: (_, row) => row.counts.total },
    { title: '答复情况', key: 'answers', render: (_, row) => <AnswerCounts counts={row.counts} /> },
    {
      title: '操作',
      key: 'actions',
      render: (_, row) => (
        <Button type="link" size="small" onClick={() => onOpen(row.id)}>
          {row.counts.pending > 0 ? '通知学生' : '查看'}
        </Button>
      ),
    },
  ];
  return (
    <>
      <Flex justify="end" style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={onCreate}>
          新增面试
        </Button>
      </Flex>
      <Table
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={sessions.data?.items}
        loading={sessions.isFetching}
        locale={{ emptyText: sessions.isError ? messageOf(sessions.error) : '暂无面试安排' }}
        pagination={{ current: page, pageSize: 10, total: sessions.data?.total ?? 0, onChange: setPage }}
      />
    </>
  );
}
