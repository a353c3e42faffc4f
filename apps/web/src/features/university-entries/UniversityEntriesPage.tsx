import type { UniversityEntry, UniversityEntryState } from '@openrecruit/shared';
import { App, Button, Table, type TableColumnsType, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { UNIVERSITY_ENTRIES_PAGE_SIZE, useRequestUniversityEntry, useUniversityEntries } from './api';

// 校园招聘 > 入驻高校 (seed 002): every university with the company's state there; 入驻 sends a
// request the university reviews within 3 working days, 重新申请 after 未通过.

const STATES: Record<UniversityEntryState, { label: string; color: string }> = {
  none: { label: '未入驻', color: 'default' },
  pending: { label: '审核中', color: 'processing' },
  entered: { label: '已入驻', color: 'success' },
  rejected: { label: '未通过', color: 'error' },
};

export function UniversityEntriesPage() {
  const [page, setPage] = useState(1);
  const entries = useUniversityEntries(page);
  const request = useRequestUniversityEntry();
  const { message } = App.useApp();

  useEffect(() => {
    document.title = '入驻高校 - 开放招聘';
  }, []);

  const enter = (entry: UniversityEntry) =>
    request.mutate(entry.university.id, {
      onSuccess: () => message.success(`已向${entry.university.name}提交入驻申请，请等待学校审核`),
      onError: (error) => message.error(messageOf(error)),
    });

  const columns: TableColumnsType<UniversityEntry> = [
    { title: '高校名称', dataIndex: ['university', 'name'], key: 'name', width: 240 },
    { title: '所在城市', dataIndex: ['university', 'city'], key: 'city', width: 120 },
    {
      title: '入驻状态',
      key: 'state',
      render: (_, entry) => (
        <span>
          <Tag color={STATES[entry.state].color}>{STATES[entry.state].label}</Tag>
          {entry.state === 'rejected' && entry.reason ? (
            <span className="university-entries__reason">原因：{entry.reason}</span>
          ) : null}
          {entry.state === 'pending' && entry.dueAt ? (
            <span className="university-entries__reason">预计{formatDateTime(entry.dueAt)}前审核</span>
          ) : null}
        </span>
      ),
    },
    {
      title: '申请时间',
      dataIndex: 'submittedAt',
      key: 'submittedAt',
      width: 160,
      render: (value: string | null) => formatDateTime(value),
    },
    {
      title: '操作',
      key: 'actions',
      width: 120,
      render: (_, entry) =>
        entry.state === 'none' || entry.state === 'rejected' ? (
          <Button
            type="link"
            loading={request.isPending && request.variables === entry.university.id}
            onClick={() => enter(entry)}
            aria-label={`${entry.state === 'none' ? '入驻' : '重新申请'}：${entry.university.name}`}
          >
            {entry.state === 'none' ? '入驻' : '重新申请'}
          </Button>
        ) : null,
    },
  ];

  return (
    <div className="console-card">
      <h1 className="console-page-title">入驻高校</h1>
      <p className="university-entries__intro">
        选择高校并点击“入驻”，学校在三个工作日内审核；入驻后可在该校开展宣讲会、双选会和在线招聘。
      </p>
      <Table<UniversityEntry>
        rowKey={(entry) => entry.university.id}
        columns={columns}
        dataSource={entries.data?.items ?? []}
        loading={entries.isPending}
        locale={{ emptyText: entries.isError ? messageOf(entries.error) : '暂无高校' }}
        pagination={{
          current: page,
          pageSize: UNIVERSITY_ENTRIES_PAGE_SIZE,
          total: entries.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: setPage,
        }}
      />
    </div>
  );
}
