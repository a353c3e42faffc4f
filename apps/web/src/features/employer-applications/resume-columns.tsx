import type { EmployerApplicationSummary } from '@openrecruit/shared';
import { Badge, Button, Space, type TableColumnsType, Tag } from 'antd';
import { formatDateTime } from '../../lib/format';
import { MarkTag, SourceTag } from './tags';

/** 简历管理's table: the name and 查看简历 both open the resume's drawer. */
export function resumeColumns(open: (id: string) => void): TableColumnsType<EmployerApplicationSummary> {
  return [
    {
      title: '姓名',
      key: 'name',
      render: (_, row) => (
        <Badge
          dot={row.unreadMessages > 0}
          offset={[4, 0]}
          title={row.unreadMessages > 0 ? '有未读消息' : undefined}
        >
          <Button type="link" className="resumes-name" onClick={() => open(row.id)}>
            {row.seeker.name}
          </Button>
          {row.unreadMessages > 0 ? (
            <span className="visually-hidden">（{row.unreadMessages}条未读消息）</span>
          ) : null}
        </Badge>
      ),
    },
    {
      title: '性别/年龄',
      key: 'sex',
      render: (_, row) => `${row.seeker.sex === 'M' ? '男' : '女'} / ${row.seeker.age}岁`,
    },
    { title: '学历', key: 'education', render: (_, row) => row.seeker.educationLabel ?? '未填写' },
    { title: '投递职位', key: 'job', render: (_, row) => row.job.title },
    { title: '来源', key: 'source', render: (_, row) => <SourceTag row={row} /> },
    {
      title: '状态',
      key: 'state',
      render: (_, row) => (
        <Space size={4} wrap>
          {row.withdrawn ? (
            <Tag>已撤销</Tag>
          ) : (
            <span className={row.viewed ? undefined : 'resumes-new'}>{row.stateLabel}</span>
          )}
          <MarkTag row={row} />
        </Space>
      ),
    },
    { title: '投递时间', key: 'appliedAt', render: (_, row) => formatDateTime(row.appliedAt) },
    {
      title: '操作',
      key: 'actions',
      render: (_, row) => (
        <Button type="link" onClick={() => open(row.id)} aria-label={`查看${row.seeker.name}的简历`}>
          查看简历
        </Button>
      ),
    },
  ];
}
