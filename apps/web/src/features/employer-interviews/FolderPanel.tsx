import type { InterviewFolderItem } from '@openrecruit/shared';
import { App, Button, Flex, Popconfirm, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { AddFromResumesModal } from './AddFromResumesModal';
import { useInterviewFolder, useRemoveFromFolder } from './api';

const MARK_COLOURS = { suitable: 'green', undecided: 'gold', unsuitable: 'default' } as const;

/** 面试夹: the resumes to interview; 新增面试 takes the selected rows. */
export function FolderPanel({ onCreate }: { onCreate: (applicationIds: string[]) => void }) {
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const folder = useInterviewFolder(page);
  const remove = useRemoveFromFolder();

  const columns: TableColumnsType<InterviewFolderItem> = [
    {
      title: '姓名',
      key: 'name',
      render: (_, row) => (
        <Space>
          {row.candidate.name}
          {row.withdrawn && <Tag color="red">已撤销</Tag>}
        </Space>
      ),
    },
    { title: '应聘职位', key: 'job', render: (_, row) => row.job.title },
    { title: '学历', key: 'education', render: (_, row) => row.candidate.educationLabel ?? '未填写' },
    {
      title: '标记',
      key: 'mark',
      render: (_, row) => <Tag color={row.mark ? MARK_COLOURS[row.mark] : 'blue'}>{row.markLabel}</Tag>,
    },
    { title: '状态', dataIndex: 'stateLabel' },
    { title: '投递时间', key: 'appliedAt', render: (_, row) => formatDateTime(row.appliedAt) },
    {
      title: '操作',
      key: 'actions',
      render: (_, row) => (
        <Space>
          <Link to={`/employer/resumes?application=${row.applicationId}`}>查看简历</Link>
          <Popconfirm
            title={`将${row.candidate.name}移出面试夹？`}
            okText="移出"
            cancelText="取消"
            onConfirm={() =>
              remove.mutateAsync(row.applicationId).then(
                () => {
                  setSelected((ids) => ids.filter((id) => id !== row.applicationId));
                  message.success('已移出面试夹');
                },
                (error) => message.error(messageOf(error)),
              )
            }
          >
            <Button type="link" size="small" danger>
              移出
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          {selected.length > 0 ? `已选择 ${selected.length} 人` : '勾选需要面试的学生，点击“新增面试”导入'}
        </Typography.Text>
        <Space>
          <Button onClick={() => setAdding(true)}>从简历管理添加</Button>
          <Button type="primary" onClick={() => onCreate(selected)}>
            新增面试
          </Button>
        </Space>
      </Flex>
      <Table
        rowKey="applicationId"
        size="middle"
        columns={columns}
        dataSource={folder.data?.items}
        loading={folder.isFetching}
        locale={{ emptyText: folder.isError ? messageOf(folder.error) : '面试夹是空的，请从简历管理添加' }}
        rowSelection={{
          selectedRowKeys: selected,
          preserveSelectedRowKeys: true,
          onChange: (keys) => setSelected(keys as string[]),
          getCheckboxProps: (row) => ({
            disabled: row.withdrawn,
            'aria-label': `选择${row.candidate.name}`,
          }),
        }}
        pagination={{
          current: page,
          pageSize: 10,
          total: folder.data?.total ?? 0,
          onChange: setPage,
          showTotal: (total) => `共 ${total} 人`,
        }}
      />
      <AddFromResumesModal open={adding} onClose={() => setAdding(false)} />
    </>
  );
}
