import {
  BROCHURE_PUBLICATION_LABELS,
  type BrochurePublication,
  type BrochurePublicationState,
  type BrochureSummary,
} from '@openrecruit/shared';
import { Alert, App, Button, Popconfirm, Space, Table, type TableColumnsType, Tag, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { BROCHURES_PAGE_SIZE, useBrochures, useDeleteBrochure, useEntryOptions } from './api';
import { BrochureEditorDrawer } from './BrochureEditorDrawer';
import { BrochurePreviewModal } from './BrochurePreviewModal';
import { PublishBrochureModal } from './PublishBrochureModal';
import './brochures.css';

// 校园招聘 > 在线招聘 > 招聘简章 (seed 002): 新增 a brochure, 发布 it to entered universities (each
// reviews within 2 working days), and see where it is 已发布, 审核中 or 未通过 and why.

const STATE_COLORS: Record<BrochurePublicationState, string> = {
  pending: 'processing',
  published: 'success',
  published_pending: 'cyan',
  rejected: 'error',
};

function PublicationTag({ publication }: { publication: BrochurePublication }) {
  const label = `${publication.university.name}：${BROCHURE_PUBLICATION_LABELS[publication.state]}`;
  const tag = <Tag color={STATE_COLORS[publication.state]}>{label}</Tag>;
  const detail =
    publication.rejectReason && publication.state !== 'pending' && publication.state !== 'published_pending'
      ? `未通过原因：${publication.rejectReason}`
      : publication.dueAt
        ? `预计${formatDateTime(publication.dueAt)}前审核`
        : null;
  return detail ? (
    <Tooltip title={detail}>
      <span>
        {tag}
        {publication.rejectReason && publication.state === 'rejected' ? (
          <span className="brochures__reason">（{publication.rejectReason}）</span>
        ) : null}
      </span>
    </Tooltip>
  ) : (
    tag
  );
}

export function BrochuresPage() {
  const [page, setPage] = useState(1);
  const list = useBrochures(page);
  const remove = useDeleteBrochure();
  const entries = useEntryOptions(true);
  const noneEntered = entries.data ? !entries.data.items.some((entry) => entry.state === 'entered') : false;
  const { message } = App.useApp();
  const [editing, setEditing] = useState<{ id?: string } | null>(null);
  const [publishing, setPublishing] = useState<BrochureSummary | null>(null);
  const [previewing, setPreviewing] = useState<string | null>(null);

  useEffect(() => {
    document.title = '在线招聘 - 开放招聘';
  }, []);

  const columns: TableColumnsType<BrochureSummary> = [
    { title: '标题', dataIndex: 'title', key: 'title', width: 280 },
    {
      title: '发布高校与状态',
      key: 'publications',
      render: (_, brochure) =>
        brochure.publications.length ? (
          <div className="brochures__states">
            {brochure.publications.map((publication) => (
              <PublicationTag key={publication.id} publication={publication} />
            ))}
          </div>
        ) : (
          <Tag>未发布</Tag>
        ),
    },
    {
      title: '更新时间',
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      width: 160,
      render: (value: string) => formatDateTime(value),
    },
    {
      title: '操作',
      key: 'actions',
      width: 220,
      render: (_, brochure) => (
        <Space size={0}>
          <Button
            type="link"
            onClick={() => setEditing({ id: brochure.id })}
            aria-label={`编辑：${brochure.title}`}
          >
            编辑
          </Button>
          <Button type="link" onClick={() => setPublishing(brochure)} aria-label={`发布：${brochure.title}`}>
            发布
          </Button>
          <Button
            type="link"
            onClick={() => setPreviewing(brochure.id)}
            aria-label={`预览：${brochure.title}`}
          >
            预览
          </Button>
          <Popconfirm
            title="删除招聘简章"
            description="删除后，各高校页面将不再展示该简章。确定删除吗？"
            okText="删除"
            cancelText="取消"
            okButtonProps={{ danger: true }}
            onConfirm={() =>
              remove.mutateAsync(brochure.id).then(
                () => message.success('招聘简章已删除'),
                (error) => message.error(messageOf(error)),
              )
            }
          >
            <Button type="link" danger aria-label={`删除：${brochure.title}`}>
              删除
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <div className="console-card">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="center">
        <h1 className="console-page-title">在线招聘</h1>
        <Button type="primary" onClick={() => setEditing({})}>
          新增
        </Button>
      </Space>
      <p className="brochures__hint">
        新增招聘简章后点击“发布”，选择已入驻的高校，学校将在两个工作日内审核；审核通过后学生可在该校页面查看。修改已发布的简章需重新发布，新版本审核通过前学生看到的仍是原版本。
      </p>
      {noneEntered ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            <span>
              贵单位尚未入驻任何高校：招聘简章可以先编写保存，入驻高校后才能发布。
              <Link to="/employer/campus/universities">去入驻高校</Link>
            </span>
          }
        />
      ) : null}
      <h2 className="brochures__section-title">招聘简章</h2>
      <Table<BrochureSummary>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isPending}
        locale={{ emptyText: list.isError ? messageOf(list.error) : '暂无招聘简章，点击“新增”编写第一份' }}
        pagination={{
          current: page,
          pageSize: BROCHURES_PAGE_SIZE,
          total: list.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: setPage,
        }}
      />
      <BrochureEditorDrawer target={editing} onClose={() => setEditing(null)} />
      <PublishBrochureModal brochure={publishing} onClose={() => setPublishing(null)} />
      <BrochurePreviewModal brochureId={previewing} onClose={() => setPreviewing(null)} />
    </div>
  );
}
